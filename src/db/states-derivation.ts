import type { PaperState } from '../lib/paper-state';
import { changedIdsBetween, type StatesMap } from './shared-states';

/** One paper's record before and after the writes between two maps of states. */
export type StateChange = {
  id: string;
  before: PaperState | undefined;
  after: PaperState | undefined;
};

/**
 * Brings a value derived from the states up to date from the records that changed, or returns
 * null to have it derived anew. Returning `value` itself keeps it (and what is memoised on it).
 */
export type UpdateDerived<T> = (value: T, changes: readonly StateChange[]) => T | null;

/**
 * A value derived from every paper's state that a write usually need not redo: the function
 * returned remembers its last answer, and for a later map of states asks `update` to bring it
 * up to date from the few records that changed (known from shared-states), deriving it from
 * all of them only when that is not known. Make one per set of other inputs (useMemo). A value
 * of null is not remembered as such: `update` returning null means "derive anew".
 */
export function statesDerivation<T>(
  derive: (states: StatesMap | undefined) => T,
  update: UpdateDerived<T>,
): (states: StatesMap | undefined) => T {
  let last: { states: StatesMap | undefined; value: T } | undefined;
  return (states) => {
    if (last && last.states === states) return last.value;
    const from = last?.states;
    const ids = from && states ? changedIdsBetween(from, states) : null;
    const changes = ids?.map((id) => ({ id, before: from?.get(id), after: states?.get(id) }));
    const updated = last && changes ? update(last.value, changes) : null;
    const value = updated === null ? derive(states) : updated;
    last = { states, value };
    return value;
  };
}
