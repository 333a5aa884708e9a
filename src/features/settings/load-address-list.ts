import type { ImportedList } from '../../lib/backup/backup-format';
import {
  addressListId,
  githubAddressUrl,
  linkBaseOf,
  type GithubAddress,
} from '../../lib/lists/github-address';
import { describeFetchFailure } from '../../lib/lists/list-fetch-failure';
import { fetchListFile } from './fetch-list';
import { importListInWorker, type ImportStage } from './import-list-file';

export type AddressStage = 'fetching' | ImportStage;

export type AddressLoad =
  | { ok: true; list: ImportedList; warnings: string[]; skipped: number }
  | { ok: false; message: string }
  | { ok: false; stopped: true };

type Options = { signal?: AbortSignal; onStage?: (stage: AddressStage) => void; now?: number };

/** "owner/name/docs/list.md": the fetched file, as messages about its contents name it. */
function fileNameOf(rawUrl: string): string {
  const [owner, name, , ...path] = new URL(rawUrl).pathname.split('/').slice(1);
  return [owner, name, ...path].map((part) => decodeURIComponent(part ?? '')).join('/');
}

/**
 * Fetches the list an address names and reads it with Add list's reader (in its worker, with
 * its limits): the list to store, or why there is none. Nothing is stored here.
 */
export async function loadAddressList(
  address: GithubAddress,
  input: string,
  { signal, onStage, now = Date.now() }: Options = {},
): Promise<AddressLoad> {
  onStage?.('fetching');
  const fetched = await fetchListFile(address, signal ? { signal } : {});
  if (!fetched.ok) {
    return 'aborted' in fetched
      ? { ok: false, stopped: true }
      : { ok: false, message: describeFetchFailure(fetched.failure, Date.now()) };
  }
  const result = await importListInWorker(fetched.file, {
    name: fileNameOf(fetched.url),
    sourceUrl: linkBaseOf(fetched.url),
    ...(onStage ? { onStage } : {}),
    ...(signal ? { signal } : {}),
  });
  if (signal?.aborted) return { ok: false, stopped: true };
  if (!result.ok) return { ok: false, message: result.error };
  const { catalogue, title } = result.list;
  const list: ImportedList = {
    id: addressListId(address),
    title,
    addedAt: now,
    source: 'address',
    address: input.trim(),
    checkedAt: now,
    // Relative links were read against the file's place; the list is known by its address.
    catalogue: { ...catalogue, sourceUrl: githubAddressUrl(address) },
  };
  return { ok: true, list, warnings: result.warnings, skipped: result.skipped };
}
