import type { CatalogueSection, CataloguePaper } from '../catalogue/schema';

export type SectionNames = (paper: CataloguePaper) => string;

/**
 * The names of a paper's sections and of the sections they sit in (a paper under "Fuzzing" in
 * "Testing" is found by either), each computed once per section, not once per paper.
 */
export function sectionNames(sections: readonly CatalogueSection[]): SectionNames {
  const byId = new Map(sections.map((section) => [section.id, section]));
  const names = new Map<string, string>();
  const pathOf = (id: string): string => {
    const known = names.get(id);
    if (known !== undefined) return known;
    names.set(id, ''); // a cycle in a hand-made list ends here
    const section = byId.get(id);
    const parent = section?.parentId ? pathOf(section.parentId) : '';
    const path = [parent, section?.title ?? ''].filter((part) => part !== '').join(' ');
    names.set(id, path);
    return path;
  };
  return (paper) => {
    // Stryker disable next-line ConditionalExpression,StringLiteral: map-and-join names one section the same; with one id, [0] is set
    if (paper.sectionIds.length === 1) return pathOf(paper.sectionIds[0] ?? '');
    return paper.sectionIds.map(pathOf).join(' ');
  };
}
