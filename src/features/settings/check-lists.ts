import { saveListCheck } from '../../db/followed-lists';
import type { ImportedList } from '../../lib/backup/backup-format';
import { parseGithubAddress } from '../../lib/lists/github-address';
import { compareCatalogues, describeListUpdate } from '../../lib/lists/list-update';
import { useListChecksStore, type ListCheckState } from '../../stores/list-checks-store';
import { loadAddressList } from './load-address-list';

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));
const failed = (why: string): ListCheckState => ({
  kind: 'failed',
  message: `${why} The list is unchanged.`,
});

/**
 * Fetches a followed list again and stores its new version, if any. Any failure leaves the
 * stored list exactly as it was and says why.
 */
export async function checkList(list: ImportedList): Promise<ListCheckState> {
  const parsed = parseGithubAddress(list.address ?? '');
  if (!parsed.ok) return failed(parsed.message);
  const loaded = await loadAddressList(parsed.address, list.address ?? '');
  if (!loaded.ok) return failed('message' in loaded ? loaded.message : 'The check was stopped.');
  const update = compareCatalogues(list, loaded.list);
  const { title, catalogue, checkedAt = Date.now() } = loaded.list;
  try {
    const kept = await saveListCheck(
      list.id,
      update.changed ? { checkedAt, title, catalogue } : { checkedAt },
    );
    if (!kept) return { kind: 'failed', message: 'The list was removed while it was checked.' };
  } catch (error) {
    return failed(`The new version could not be saved: ${errorText(error)}`);
  }
  return { kind: 'checked', message: describeListUpdate(update), added: update.added };
}

/** Checks lists one after another, each one's state shown next to it as it goes. */
export async function checkLists(lists: readonly ImportedList[]): Promise<void> {
  const { setCheck } = useListChecksStore.getState();
  for (const list of lists) {
    if (useListChecksStore.getState().checks[list.id]?.kind === 'checking') continue;
    setCheck(list.id, { kind: 'checking' });
    setCheck(list.id, await checkList(list).catch((error: unknown) => failed(errorText(error))));
  }
}
