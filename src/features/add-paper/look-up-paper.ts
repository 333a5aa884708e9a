import { readArxivAtom } from '../../lib/papers/arxiv-atom';
import { readCrossrefWork } from '../../lib/papers/crossref-work';
import {
  failureOfStatus,
  lookupFailureMessage,
  retryAfterSeconds,
  type LookupFailure,
  type LookupSubject,
} from '../../lib/papers/lookup-failure';
import type { PaperAddress } from '../../lib/papers/paper-address';
import type { PaperDetails } from '../../lib/papers/paper-details';

export const LOOKUP_TIMEOUT_SECONDS = 15;

export type LookupAddress = Extract<PaperAddress, { kind: 'arxiv' | 'doi' }>;
export type Lookup = { ok: true; details: PaperDetails } | { ok: false; message: string };

export function lookupSubject(address: LookupAddress): LookupSubject {
  return address.kind === 'arxiv'
    ? { service: 'arXiv', id: address.arxivId }
    : { service: 'Crossref', id: address.doi };
}

function lookupUrl(address: LookupAddress): string {
  if (address.kind === 'arxiv') {
    return `https://export.arxiv.org/api/query?id_list=${encodeURIComponent(address.arxivId)}`;
  }
  const path = address.doi.split('/').map(encodeURIComponent).join('/');
  return `https://api.crossref.org/works/${path}`;
}

function readAnswer(address: LookupAddress, body: string): PaperDetails | LookupFailure {
  if (address.kind === 'arxiv') {
    const reading = readArxivAtom(body, address.arxivId);
    return reading.kind === 'found' ? reading.details : reading;
  }
  try {
    return readCrossrefWork(JSON.parse(body)) ?? { kind: 'unreadable' };
  } catch {
    return { kind: 'unreadable' };
  }
}

/** Fetches with a time limit; `signal` cancels (the dialog closed), which rejects. */
async function fetchWithin(url: string, signal: AbortSignal): Promise<Response | LookupFailure> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, LOOKUP_TIMEOUT_SECONDS * 1000);
  const cancel = () => controller.abort();
  signal.addEventListener('abort', cancel);
  try {
    return await fetch(url, { signal: controller.signal });
  } catch (error) {
    if (signal.aborted) throw error;
    if (timedOut) return { kind: 'timeout', seconds: LOOKUP_TIMEOUT_SECONDS };
    return navigator.onLine ? { kind: 'network' } : { kind: 'offline' };
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', cancel);
  }
}

/** Asks arXiv (for an arXiv id) or Crossref (for a DOI) for a paper's details. */
export async function lookUpPaper(address: LookupAddress, signal: AbortSignal): Promise<Lookup> {
  const subject = lookupSubject(address);
  const fail = (failure: LookupFailure): Lookup => ({
    ok: false,
    message: lookupFailureMessage(subject, failure),
  });
  if (!navigator.onLine) return fail({ kind: 'offline' });
  const response = await fetchWithin(lookupUrl(address), signal);
  if ('kind' in response) return fail(response);
  if (!response.ok) {
    const retryAfter = retryAfterSeconds(response.headers.get('Retry-After'));
    return fail(failureOfStatus(response.status, subject.service, retryAfter));
  }
  let body: string;
  try {
    body = await response.text();
  } catch (error) {
    if (signal.aborted) throw error;
    return fail({ kind: 'network' });
  }
  const answer = readAnswer(address, body);
  return 'kind' in answer ? fail(answer) : { ok: true, details: answer };
}
