import { focusWhenReady } from '../../lib/focus-when-ready';
import { useCurrentViewStore } from '../../stores/current-view-store';
import { useSelectionStore } from '../../stores/selection-store';

/** The paper's first link in the list (its title), which the keyboard cursor focuses. */
const paperLink = (id: string) => `[data-paper-id="${CSS.escape(id)}"] a`;

/** Whether an element is inside a paper of the list, where arrows move the cursor. */
export function isInListPaper(element: Element | null): boolean {
  return element?.closest('#main [data-paper-id]') != null;
}

/** Selects a paper of the list and focuses it, scrolling it into view if need be. */
export function focusPaper(id: string): void {
  useSelectionStore.getState().select(id);
  focusWhenReady(paperLink(id));
}

/** How long a key from the search box waits for the list to show that search's results. */
const SETTLE_TIMEOUT_MS = 3000;

/**
 * Returns focus from the search box to the list: to the selected paper when the list shows it,
 * else to the first one shown (or the list itself when it shows none). The list follows typing
 * a moment later, so this waits until it shows the results of `query`, the box's search.
 */
export function focusListAtSelection(which: 'selected' | 'first', query: string): void {
  const isSettled = (state: { settledQuery: string | null }) => state.settledQuery === query;
  if (isSettled(useCurrentViewStore.getState())) {
    focusShown(which);
    return;
  }
  const timeout = setTimeout(() => stop(), SETTLE_TIMEOUT_MS);
  const stop = useCurrentViewStore.subscribe((state) => {
    if (!isSettled(state)) return;
    clearTimeout(timeout);
    stop();
    focusShown(which);
  });
}

function focusShown(which: 'selected' | 'first'): void {
  const shown = useCurrentViewStore.getState().papers;
  const { selectedId } = useSelectionStore.getState();
  const keep = which === 'selected' && shown.some((paper) => paper.id === selectedId);
  const id = keep ? selectedId : shown[0]?.id;
  if (id) focusPaper(id);
  else document.getElementById('main')?.focus();
}
