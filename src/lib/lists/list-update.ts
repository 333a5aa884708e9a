import { diffPaperIds } from '../catalogue/catalogue-diff';
import type { Catalogue } from '../catalogue/schema';

/** How a followed list's new version differs from the stored one. */
export type ListUpdate = { added: number; removed: number; changed: boolean };

export function compareCatalogues(
  before: { title: string; catalogue: Catalogue },
  after: { title: string; catalogue: Catalogue },
): ListUpdate {
  const { added, removed } = diffPaperIds(
    before.catalogue.papers.map((paper) => paper.id),
    after.catalogue.papers.map((paper) => paper.id),
  );
  const changed =
    before.title !== after.title ||
    JSON.stringify(before.catalogue) !== JSON.stringify(after.catalogue);
  return { added: added.length, removed: removed.length, changed };
}

const newPapers = (n: number) =>
  n === 0 ? 'no new papers' : n === 1 ? '1 new paper' : `${n.toLocaleString('en-US')} new papers`;
const gone = (n: number) => (n === 0 ? 'none gone' : `${n.toLocaleString('en-US')} gone`);

/** "Updated: 7 new papers, 2 gone.", or that nothing changed. */
export function describeListUpdate({ added, removed, changed }: ListUpdate): string {
  if (added > 0 || removed > 0) return `Updated: ${newPapers(added)}, ${gone(removed)}.`;
  return changed
    ? 'Updated: the same papers, with some details changed.'
    : 'Up to date: nothing changed.';
}
