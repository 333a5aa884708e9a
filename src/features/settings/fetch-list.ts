import { MAX_MARKDOWN_BYTES } from '../../lib/catalogue/list-limits';
import {
  githubAddressUrl,
  isMarkdownPath,
  rawFileUrls,
  type GithubAddress,
} from '../../lib/lists/github-address';
import { failureOfResponse, type ListFetchFailure } from '../../lib/lists/list-fetch-failure';

/** GitHub answers in well under a second; one that has not answered in this long will not. */
export const FETCH_TIME_LIMIT_MS = 30_000;

export type FetchedList =
  | { ok: true; file: Blob; url: string }
  | { ok: false; failure: ListFetchFailure }
  | { ok: false; aborted: true };

type Options = { signal?: AbortSignal; timeLimitMs?: number; now?: () => number };

// No cookies or referrer go to GitHub: the file is public, and what the user reads is theirs.
const REQUEST: RequestInit = {
  credentials: 'omit',
  referrerPolicy: 'no-referrer',
  cache: 'no-cache',
};

const isOffline = () => typeof navigator !== 'undefined' && !navigator.onLine;

/** The body, unless it is larger than any list may be (counted as it arrives). */
async function readBody(response: Response): Promise<Blob | number> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > MAX_MARKDOWN_BYTES) return declared;
  if (!response.body) return response.blob();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return new Blob(chunks as BlobPart[]);
    bytes += value.byteLength;
    if (bytes > MAX_MARKDOWN_BYTES) {
      await reader.cancel();
      return bytes;
    }
    chunks.push(value);
  }
}

/**
 * Fetches the list an address names from raw.githubusercontent.com: its file, or the first of
 * the README names that exists. Every failure comes back as a value; nothing throws.
 */
export async function fetchListFile(
  address: GithubAddress,
  { signal, timeLimitMs = FETCH_TIME_LIMIT_MS, now = Date.now }: Options = {},
): Promise<FetchedList> {
  if (isOffline()) return { ok: false, failure: { kind: 'offline' } };
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeLimitMs);
  const stop = () => controller.abort();
  signal?.addEventListener('abort', stop);
  const notFound = {
    kind: 'not-found',
    address: githubAddressUrl(address),
    readme: address.path === undefined || !isMarkdownPath(address.path),
  } as const;
  try {
    for (const url of rawFileUrls(address)) {
      const response = await fetch(url, { ...REQUEST, signal: controller.signal });
      if (response.status === 404) continue;
      if (!response.ok) {
        const failure = failureOfResponse(response.status, response.headers, now(), notFound);
        return { ok: false, failure };
      }
      const body = await readBody(response);
      if (typeof body === 'number') {
        return { ok: false, failure: { kind: 'too-big', bytes: body, limit: MAX_MARKDOWN_BYTES } };
      }
      return { ok: true, file: body, url };
    }
    return { ok: false, failure: notFound };
  } catch {
    // The request or its body failed: stopped by the user, by the time limit, or the network.
    if (timedOut) {
      return { ok: false, failure: { kind: 'timeout', seconds: Math.ceil(timeLimitMs / 1000) } };
    }
    if (signal?.aborted) return { ok: false, aborted: true };
    return { ok: false, failure: { kind: isOffline() ? 'offline' : 'unreachable' } };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', stop);
  }
}
