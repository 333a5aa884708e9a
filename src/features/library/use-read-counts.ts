import { useMemo } from 'react';
import type { StatesMap } from '../../db/shared-states';
import { statesDerivation, type StateChange } from '../../db/states-derivation';
import type { CatalogueOutline } from '../../lib/catalogue/catalogue-outline';
import { countReadBySection } from './count-read-by-section';
import type { SectionCounts } from './section-progress';

type ReadCounts = ReadonlyMap<string | null, SectionCounts>;

const isRead = (state: StateChange['before']) => state?.status === 'read';

/** The counts after `changes`: only a paper that became read, or stopped being, moves them. */
export function updateReadCounts(
  counts: ReadCounts,
  outline: CatalogueOutline,
  changes: readonly StateChange[],
): ReadCounts {
  let next: Map<string | null, SectionCounts> | null = null;
  for (const { id, before, after } of changes) {
    const step = Number(isRead(after)) - Number(isRead(before));
    if (step === 0 || !outline.paperById.has(id)) continue;
    const moved = (next ??= new Map(counts));
    const bump = (key: string | null) => {
      const entry = moved.get(key);
      if (entry) moved.set(key, { ...entry, read: entry.read + step });
    };
    bump(null);
    for (const [sectionId, ids] of outline.paperIdsBySection) if (ids.has(id)) bump(sectionId);
  }
  return next ?? counts;
}

/**
 * Read and total papers per section and for the whole list (null), counted once, then moved
 * by each write's own papers: a status change does not count all 10,000 papers again.
 */
export function useReadCounts(outline: CatalogueOutline, states: StatesMap | undefined) {
  const counter = useMemo(
    () =>
      statesDerivation<ReadCounts>(
        (all) => countReadBySection(outline, all),
        (counts, changes) => updateReadCounts(counts, outline, changes),
      ),
    [outline],
  );
  return useMemo(() => counter(states), [counter, states]);
}
