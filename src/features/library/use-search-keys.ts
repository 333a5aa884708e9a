import { useCallback, type KeyboardEvent } from 'react';
import { focusListAtSelection } from './focus-paper';

/** The toolbar's change of the list query; the search is cleared in place (Back skips it). */
type ClearQuery = (patch: { q: string }, options: { replace: boolean }) => void;

/**
 * The search box's keys, so it is never a keyboard trap: Escape clears the query, and on an
 * empty box returns to the list at the selected paper; ArrowDown moves into the results.
 */
export function useSearchKeys(query: string, onChange: ClearQuery) {
  return useCallback(
    (event: KeyboardEvent<HTMLInputElement>) => {
      if (event.nativeEvent.isComposing) return;
      if (event.key === 'Escape') {
        // Also keeps the browser's own clearing of a search field out: ours goes in the URL.
        event.preventDefault();
        if (query !== '') onChange({ q: '' }, { replace: true });
        else focusListAtSelection('selected', query);
      } else if (event.key === 'ArrowDown') {
        event.preventDefault();
        focusListAtSelection('first', query);
      }
    },
    [query, onChange],
  );
}
