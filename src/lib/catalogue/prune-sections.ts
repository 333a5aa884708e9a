import type { CataloguePaper, CatalogueSection } from './schema';

/**
 * Leaves out sections with no paper in them or below them, such as a `Contents` heading over a
 * table of contents, so the section list shows only places with papers.
 */
export function sectionsWithPapers(
  sections: readonly CatalogueSection[],
  papers: readonly CataloguePaper[],
): CatalogueSection[] {
  const parentOf = new Map(sections.map((section) => [section.id, section.parentId]));
  const kept = new Set<string>();
  for (const paper of papers) {
    for (const id of paper.sectionIds) {
      let current: string | null | undefined = id;
      // Stryker disable next-line LogicalOperator: with `||` the walk goes on through kept ancestors and adds the null parent id, which no section has; parents always come before their children, so there is no loop and the same sections are kept
      while (current && !kept.has(current)) {
        kept.add(current);
        current = parentOf.get(current);
      }
    }
  }
  return sections.filter((section) => kept.has(section.id));
}
