// The survey as a Markdown table (readable in a terminal, pastable into a note): one row per
// list and a total row whose percentages come from the summed counts, not averaged percentages.
import type { ListSurvey, Ratio } from './survey-list';

export const columns = [
  'list',
  'entries',
  'paper links',
  'found %',
  'with venue %',
  'with year %',
  'with authors %',
  'label titles',
  'warnings',
  'skipped',
  'ms',
] as const;

export function percent(part: number, whole: number): string {
  return whole === 0 ? '–' : `${Math.round((100 * part) / whole)}%`;
}

/** `x of y (p%)`: y entries give the field, x of them got it. */
export function ratioCell({ got, of }: Ratio): string {
  return `${got} of ${of} (${percent(got, of)})`;
}

const addRatio = (a: Ratio, b: Ratio): Ratio => ({ got: a.got + b.got, of: a.of + b.of });

export function totalOf(surveys: readonly ListSurvey[]): ListSurvey {
  const none = { got: 0, of: 0 };
  return surveys.reduce<ListSurvey>(
    (sum, survey) => ({
      ...sum,
      entries: sum.entries + survey.entries,
      paperLinks: sum.paperLinks + survey.paperLinks,
      foundLinks: sum.foundLinks + survey.foundLinks,
      venue: addRatio(sum.venue, survey.venue),
      year: addRatio(sum.year, survey.year),
      authors: addRatio(sum.authors, survey.authors),
      labelTitles: sum.labelTitles + survey.labelTitles,
      unlocated: sum.unlocated + survey.unlocated,
      warnings: sum.warnings + survey.warnings,
      skipped: sum.skipped + survey.skipped,
      ms: sum.ms + survey.ms,
    }),
    {
      name: `total (${surveys.length} ${surveys.length === 1 ? 'list' : 'lists'})`,
      entries: 0,
      paperLinks: 0,
      foundLinks: 0,
      venue: none,
      year: none,
      authors: none,
      labelTitles: 0,
      unlocated: 0,
      warnings: 0,
      skipped: 0,
      ms: 0,
      misses: [],
    },
  );
}

export function rowCells(survey: ListSurvey): string[] {
  return [
    survey.name,
    String(survey.entries),
    String(survey.paperLinks),
    percent(survey.foundLinks, survey.paperLinks),
    ratioCell(survey.venue),
    ratioCell(survey.year),
    ratioCell(survey.authors),
    `${survey.labelTitles} (${percent(survey.labelTitles, survey.entries)})`,
    String(survey.warnings),
    String(survey.skipped),
    String(survey.ms),
  ];
}

/** Pads every column to its widest cell: the list name left-aligned, numbers right-aligned. */
export function formatTable(surveys: readonly ListSurvey[]): string {
  const rows = [[...columns], ...surveys.map(rowCells), rowCells(totalOf(surveys))];
  const widths = columns.map((_, column) =>
    Math.max(...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (row: readonly string[]) =>
    `| ${row
      .map((cell, column) => {
        const width = widths[column] ?? 0;
        return column === 0 ? cell.padEnd(width) : cell.padStart(width);
      })
      .join(' | ')} |`;
  const rule = `|${widths.map((width, column) => (column === 0 ? `:${'-'.repeat(width + 1)}` : `${'-'.repeat(width + 1)}:`)).join('|')}|`;
  const [header, ...body] = rows;
  return [line(header ?? []), rule, ...body.map(line)].join('\n');
}
