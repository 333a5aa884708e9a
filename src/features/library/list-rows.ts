import type { CatalogueOutline } from '../../lib/catalogue/catalogue-outline';
import type { CataloguePaper } from '../../lib/catalogue/schema';

export type ListRow =
  | { kind: 'heading'; key: string; title: string }
  | { kind: 'paper'; key: string; paper: CataloguePaper };

export const ORPHANS_HEADING = 'Not in this list any more';

/** The height in px of every row, heading or paper, of the compact list (library.css agrees). */
export const COMPACT_ROW_HEIGHT = 36;

// One row object per paper, made once: a keystroke's results can hold 10,000 papers.
const paperRows = new WeakMap<CataloguePaper, ListRow>();

function paperRow(paper: CataloguePaper): ListRow {
  let row = paperRows.get(paper);
  if (!row) {
    row = { kind: 'paper', key: paper.id, paper };
    paperRows.set(paper, row);
  }
  return row;
}

/**
 * Interleaves section headings with papers. Headings only make sense in list order; a paper in
 * several sections is shown once, under its first.
 */
export function toListRows(
  papers: readonly CataloguePaper[],
  outline: CatalogueOutline,
  withHeadings: boolean,
): ListRow[] {
  const rows: ListRow[] = [];
  let lastHeading: string | undefined;
  for (const paper of papers) {
    if (withHeadings) {
      const inList = outline.paperById.has(paper.id);
      const sectionId = paper.sectionIds[0] ?? '';
      const heading = inList ? outline.byId.get(sectionId)?.title : ORPHANS_HEADING;
      const headingKey = inList ? sectionId : 'orphans';
      if (heading && headingKey !== lastHeading) {
        rows.push({ kind: 'heading', key: `heading-${headingKey}`, title: heading });
      }
      lastHeading = headingKey;
    }
    rows.push(paperRow(paper));
  }
  return rows;
}
