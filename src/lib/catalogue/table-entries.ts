import type { Html, Paragraph, PhrasingContent, Table, TableCell } from 'mdast';
import { readAuthors } from './author-names';
import type { EntryContext, EntryOutcome } from './entry-types';
import { htmlTable } from './html-table';
import { plainText } from './mdast-text';
import { readEntry } from './parse-entry';
import { collapseWhitespace } from './text';
import { parseVenueYear } from './venue-year';
import { looksLikeVenue } from './venue-names';
import { findYear, yearOfDate } from './year-in-text';

type Role = 'title' | 'venue' | 'year' | 'authors' | 'links' | 'description';

// Header words, compared letters only; earlier roles win a header that fits two. The title comes
// from titlePreference alone, so a title word gives no role: `Paper Link` is a link column.
const roleWords: [Exclude<Role, 'title'>, RegExp][] = [
  ['venue', /^(venues?|conferences?|conf|journals?|publications?|publishedin|booktitle|source)$/u],
  ['year', /^(years?|dates?|time|published|publisheddate|releasedate|release|month)$/u],
  ['authors', /^(authors?|by|firstauthor)$/u],
  [
    'links',
    /^(code|sourcecode|github|repo|repository|implementation|project|links?|pdf|url|arxiv|resources?|materials?)$/u,
  ],
  [
    'description',
    /^(description|summary|tldr|notes?|abstract|highlights?|comments?|keywords?|contributions?|remarks?)$/u,
  ],
];
// Prefer a `Title` or `Name` column to a `Paper` column that may only hold `[pdf]` links.
const titlePreference = [
  /^(title|papertitle)$/u,
  /^(name|method|model|work|article)$/u,
  /^papers?$/u,
];

function headerKey(cell: TableCell): string {
  return plainText(cell)
    .toLowerCase()
    .replace(/[^\p{L}]+/gu, ' ')
    .trim();
}

type Columns = { roles: Map<Role, number>; linkColumns: number[] };

function columnRoles(header: readonly TableCell[]): Columns {
  const keys = header.map(headerKey);
  const roles = new Map<Role, number>();
  for (const pattern of titlePreference) {
    const index = keys.findIndex((key) => pattern.test(key.replace(/ /gu, '')));
    if (index !== -1 && !roles.has('title')) roles.set('title', index);
  }
  // Stryker disable next-line ArrayDeclaration: a non-numeric index names no cell, so rowParagraph skips it
  const linkColumns: number[] = [];
  keys.forEach((key, index) => {
    // A `Paper` column beside a `Model` or `Title` column holds the paper's link.
    // Whole header first, then any of its words: `Venue and Year`, `Team/Authors`.
    const words = key.split(' ');
    const role = /^papers?$/u.test(key)
      ? 'links'
      : (roleWords.find(([, p]) => p.test(key.replace(/ /gu, ''))) ??
          roleWords.find(([, p]) => words.some((word) => p.test(word))))?.[0];
    // The title column's header names no role here, or as `Paper` joins the link columns, where
    // rowParagraph skips it.
    if (role === 'links') linkColumns.push(index);
    else if (role && !roles.has(role)) roles.set(role, index);
  });
  return { roles, linkColumns };
}

function hasLink(cell: TableCell): boolean {
  const stack: PhrasingContent[] = [...cell.children];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.type === 'link' || node.type === 'linkReference') return true;
    if ('children' in node) stack.push(...node.children);
  }
  return false;
}

function cellText(cells: readonly TableCell[], index: number | undefined): string {
  // -1, like findIndex's miss, names no cell.
  const cell = cells[index ?? -1];
  return cell ? collapseWhitespace(plainText(cell)) : '';
}

/** One row as a list item: its title cell, then the links of its link columns. */
function rowParagraph(cells: readonly TableCell[], columns: Columns): Paragraph | undefined {
  const titleIndex = columns.roles.get('title') ?? cells.findIndex(hasLink);
  const titleCell = cells[titleIndex];
  if (!titleCell) return undefined;
  const children: PhrasingContent[] = [...titleCell.children];
  for (const index of columns.linkColumns) {
    const cell = index === titleIndex ? undefined : cells[index];
    // A break, not a space: a link column's words (`Coming soon`, `arXiv`) do not run on from a
    // title cell without a link, as they would inside one text.
    if (cell) children.push({ type: 'break' }, ...cell.children);
  }
  // Stryker disable next-line StringLiteral: readEntry reads the paragraph's children and position, never its type
  return { type: 'paragraph', children, position: titleCell.position };
}

function applyColumns(
  outcome: EntryOutcome,
  cells: readonly TableCell[],
  roles: Map<Role, number>,
) {
  if (outcome.kind !== 'entry') return outcome;
  const entry = { ...outcome.entry };
  const venueText = cellText(cells, roles.get('venue'));
  if (venueText !== '') {
    const { venue, year } = parseVenueYear(venueText);
    entry.venue = venue ?? entry.venue;
    entry.year ??= year;
  }
  const yearText = cellText(cells, roles.get('year'));
  const year = yearOfDate(yearText) ?? findYear(yearText)?.year;
  if (year !== undefined) entry.year = year;
  // A `Year` column that says `ICML 2023` names the venue too.
  const yearVenue = parseVenueYear(yearText).venue;
  if (yearVenue !== undefined && looksLikeVenue(yearVenue)) entry.venue ??= yearVenue;
  const authorsText = cellText(cells, roles.get('authors'));
  const authors =
    readAuthors(authorsText) ?? (authorsText === '' ? undefined : authorsText.split(/\s*,\s*/u));
  if (authors !== undefined) entry.authors = authors;
  const description = cellText(cells, roles.get('description'));
  if (description !== '') entry.description = description;
  return { ...outcome, entry };
}

/** Reads a table of papers by its header names; each row is read like a list item. */
export function readTableEntries(table: Table, context: EntryContext): EntryOutcome[] {
  const [header, ...rows] = table.children;
  if (!header) return [];
  const columns = columnRoles(header.children);
  const { roles } = columns;
  return rows.flatMap((row) => {
    const paragraph = rowParagraph(row.children, columns);
    if (!paragraph) return [];
    const source = {
      line: row.position?.start.line ?? 0,
      paragraph,
      details: [],
      hasNestedEntries: false,
    };
    return [applyColumns(readEntry(source, context), row.children, roles)];
  });
}

/** A raw HTML `<table>`, read like a Markdown one. */
export function readHtmlTableEntries(node: Html, context: EntryContext): EntryOutcome[] {
  const table = htmlTable(node.value, node.position?.start.line ?? 0);
  return table ? readTableEntries(table, context) : [];
}
