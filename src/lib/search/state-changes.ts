import type { PaperSnapshotRecord } from '../orphan-papers';
import type { StateForSearch } from './paper-document';

/** What the search index needs of one paper's state: its note and tags, and its snapshot. */
export type SearchState = StateForSearch & PaperSnapshotRecord;

/**
 * Picks out, from each new map of states, the ones a `PaperSearch.sync` would re-index, so that
 * only those cross to the worker. Like `sync` it diffs by object identity; a first state with no
 * note and no tags is left out too when its paper is listed, as it would change nothing there.
 * Given the ids that may have changed since the previous map, it looks at those alone (at 10,000
 * papers, looking at every state after each status change took milliseconds).
 */
export function createStateChanges(
  listed: (id: string) => boolean,
): (
  states: ReadonlyMap<string, SearchState> | undefined,
  changedIds?: readonly string[] | null,
) => SearchState[] {
  const seen = new Map<string, SearchState>();
  return (states, changedIds) => {
    const changes: SearchState[] = [];
    const look = (id: string, state: SearchState) => {
      const previous = seen.get(id);
      // Stryker disable next-line ConditionalExpression: the same object has the same note and tags, so the next check returns too
      if (previous === state) return;
      seen.set(id, state);
      if (previous && previous.note === state.note && previous.tags === state.tags) return;
      if (!previous && state.note === '' && state.tags.length === 0 && listed(id)) return;
      const { title, url, note, tags } = state;
      changes.push({ id, title, url, note, tags });
    };
    if (states && changedIds) {
      for (const id of changedIds) {
        const state = states.get(id);
        if (state) look(id, state);
      }
    } else {
      for (const [id, state] of states ?? []) look(id, state);
    }
    return changes;
  };
}
