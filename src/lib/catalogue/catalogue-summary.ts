import type { Catalogue } from './schema';

/** What a parsed list holds, for the line the app and the CLI show when a list is read. */
export type CatalogueSummary = {
  papers: number;
  sections: number;
  withVenue: number;
  withYear: number;
  withAuthors: number;
  /** Entries that looked like papers but could not be read. */
  skipped: number;
};

export function summarizeCatalogue(result: {
  catalogue: Catalogue;
  skipped: number;
}): CatalogueSummary {
  const { papers, sections } = result.catalogue;
  let [withVenue, withYear, withAuthors] = [0, 0, 0];
  for (const paper of papers) {
    if (paper.venue !== undefined) withVenue += 1;
    if (paper.year !== undefined) withYear += 1;
    if (paper.authors !== undefined && paper.authors.length > 0) withAuthors += 1;
  }
  const { skipped } = result;
  return {
    papers: papers.length,
    sections: sections.length,
    withVenue,
    withYear,
    withAuthors,
    skipped,
  };
}

const count = (n: number) => n.toLocaleString('en-US');
const plural = (n: number, one: string, many: string) => `${count(n)} ${n === 1 ? one : many}`;

/**
 * "812 papers (640 with a venue, 790 with a year, 512 with authors); 3 entries skipped", with
 * "in 40 sections" after the papers when asked for; nothing is said of skips when there are none.
 */
export function describeSummary(summary: CatalogueSummary, options: { sections?: boolean } = {}) {
  const sections = options.sections ? ` in ${plural(summary.sections, 'section', 'sections')}` : '';
  const details = [
    `${count(summary.withVenue)} with a venue`,
    `${count(summary.withYear)} with a year`,
    `${count(summary.withAuthors)} with authors`,
  ].join(', ');
  const skipped =
    summary.skipped > 0 ? `; ${plural(summary.skipped, 'entry', 'entries')} skipped` : '';
  return `${plural(summary.papers, 'paper', 'papers')}${sections} (${details})${skipped}`;
}
