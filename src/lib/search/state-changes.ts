import type { PaperSnapshotRecord } from '../orphan-papers';
import type { StateForSearch } from './paper-document';

/** What the search index needs of one paper's state: its note and tags, and its snapshot. */
export type SearchState = StateForSearch & PaperSnapshotRecord;

/**
 * Picks out, from each new map of states, the ones a `PaperSearch.sync` would re-index, so that
 * only those cross to the worker. Like `sync` it diffs by object identity; a first state with no
 * note and no tags is left out too when its paper is listed, as it would change nothing there.
 */
export function createStateChanges(
  listed: (id: string) => boolean,
): (states: ReadonlyMap<string, SearchState> | undefined) => SearchState[] {
  const seen = new Map<string, SearchState>();
  return (states) => {
    const changes: SearchState[] = [];
    for (const [id, state] of states ?? []) {
      const previous = seen.get(id);
      if (previous === state) continue;
      seen.set(id, state);
      if (previous && previous.note === state.note && previous.tags === state.tags) continue;
      if (!previous && state.note === '' && state.tags.length === 0 && listed(id)) continue;
      const { title, url, note, tags } = state;
      changes.push({ id, title, url, note, tags });
    }
    return changes;
  };
}
