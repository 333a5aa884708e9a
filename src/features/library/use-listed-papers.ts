import { useMemo } from 'react';
import { statesDerivation } from '../../db/states-derivation';
import type { CatalogueOutline } from '../../lib/catalogue/catalogue-outline';
import type { Catalogue, CataloguePaper } from '../../lib/catalogue/schema';
import { orphanPapers, type PaperSnapshotRecord } from '../../lib/orphan-papers';
import type { PaperState } from '../../lib/paper-state';

const NOTHING_LISTED = { has: () => false };

/** The snapshots of the papers that left every list, as text: equal text, same array below. */
function orphanTextOf(
  states: ReadonlyMap<string, PaperState> | undefined,
  outline: CatalogueOutline,
  otherListIds: ReadonlySet<string>,
): string {
  const snapshots: PaperSnapshotRecord[] = [];
  for (const { id, title, url } of states?.values() ?? []) {
    if (!outline.paperById.has(id) && !otherListIds.has(id)) snapshots.push({ id, title, url });
  }
  return JSON.stringify(snapshots);
}

/**
 * The list's papers, then those the user has state for that left every list. The same array as
 * long as those do not change, so a status change does not rebuild everything derived from it
 * (nor look at every state: a write to listed papers only leaves the orphans as they were).
 */
export function useListedPapers(
  catalogue: Catalogue,
  outline: CatalogueOutline,
  states: ReadonlyMap<string, PaperState> | undefined,
  otherListIds: ReadonlySet<string>,
): readonly CataloguePaper[] {
  const orphansOf = useMemo(() => {
    const listed = (id: string) => outline.paperById.has(id) || otherListIds.has(id);
    return statesDerivation(
      (all) => orphanTextOf(all, outline, otherListIds),
      (text, changes) => (changes.every((change) => listed(change.id)) ? text : null),
    );
  }, [outline, otherListIds]);
  const orphanText = useMemo(() => orphansOf(states), [orphansOf, states]);
  return useMemo(() => {
    const orphans = orphanPapers(JSON.parse(orphanText) as PaperSnapshotRecord[], NOTHING_LISTED);
    return orphans.length === 0 ? catalogue.papers : [...catalogue.papers, ...orphans];
  }, [catalogue, orphanText]);
}
