import type { CatalogueOutline } from '../catalogue/catalogue-outline';
import type { CataloguePaper } from '../catalogue/schema';
import type { PaperState } from '../paper-state';
import type { ExportPaper } from './export-input';

/** Every paper the user can export, in list order, with its state and section names. */
export function exportPapers(
  papers: readonly CataloguePaper[],
  outline: CatalogueOutline,
  states: ReadonlyMap<string, PaperState>,
): ExportPaper[] {
  return papers.map((paper) => ({
    paper,
    state: states.get(paper.id),
    sectionTitles: paper.sectionIds.flatMap((id) => outline.byId.get(id)?.title ?? []),
  }));
}
