import type { BibtexSkip } from './bibtex-entries';

export type BibtexReportCounts = { added: number; alreadyThere: number; conflicts: number };

const count = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** The one-sentence outcome of an Import BibTeX, e.g. "From library.bib: 44 papers added…". */
export function bibtexSummary(
  fileName: string,
  { added, alreadyThere, conflicts }: BibtexReportCounts,
  skipped: number,
): string {
  const parts = [
    `${count(added, 'paper', 'papers')} added to My papers`,
    `${count(alreadyThere, 'was', 'were')} already there (notes and tags merged)`,
    `${count(skipped, 'entry', 'entries')} skipped`,
  ];
  const kept =
    conflicts > 0
      ? ` ${count(conflicts, 'note differed from yours', 'notes differed from yours')}: both texts are kept.`
      : '';
  return `From ${fileName}: ${parts.join(', ')}.${kept}`;
}

/** One skipped entry in the report: its key, its line and why. */
export function skippedLine({ key, line, reason }: BibtexSkip): string {
  return key === null ? `line ${line}: ${reason}` : `${key} (line ${line}): ${reason}`;
}
