import type { Paragraph, PhrasingContent, Table, TableCell } from 'mdast';
import { readAuthors } from './author-names';
import type { EntryContext, EntryOutcome } from './entry-types';
import { plainText } from './mdast-text';
import { readEntry } from './parse-entry';
import { collapseWhitespace } from './text';
import { parseVenueYear } from './venue-year';
import { findYear, yearOfDate } from './year-in-text';

type Role = 'title' | 'venue' | 'year' | 'authors' | 'links' | 'description';

// Header words, compared letters only; earlier roles win a header that fits two.
const roleWords: [Role, RegExp][] = [
  ['title', /^(title|papertitle|name|papers?|method|model|work|article)$/u],
  ['venue', /^(venue|conference|conf|journal|publication|publishedin|booktitle|source)$/u],
  ['year', /^(year|date|time|published|publisheddate|releasedate|release|month)$/u],
  ['authors', /^(authors?|by|firstauthor)$/u],
  [
    'links',
    /^(code|github|repo|repository|implementation|project|links?|pdf|url|arxiv|resources?)$/u,
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
    .replace(/[^\p{L}]+/gu, '');
}

function columnRoles(header: readonly TableCell[]): Map<Role, number> {
  const keys = header.map(headerKey);
  const roles = new Map<Role, number>();
  for (const pattern of titlePreference) {
    const index = keys.findIndex((key) => pattern.test(key));
    if (index !== -1 && !roles.has('title')) roles.set('title', index);
  }
  keys.forEach((key, index) => {
    const role = roleWords.find(([, pattern]) => pattern.test(key))?.[0];
    if (role && role !== 'title' && !roles.has(role) && roles.get('title') !== index) {
      roles.set(role, index);
    }
  });
  return roles;
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
  const cell = index === undefined ? undefined : cells[index];
  return cell ? collapseWhitespace(plainText(cell)) : '';
}

/** One row as a list item: its title cell, then the links of its link columns. */
function rowParagraph(
  cells: readonly TableCell[],
  roles: Map<Role, number>,
): Paragraph | undefined {
  const titleIndex = roles.get('title') ?? cells.findIndex(hasLink);
  const titleCell = cells[titleIndex];
  if (!titleCell) return undefined;
  const linkIndex = roles.get('links');
  const linkCell =
    linkIndex === undefined || linkIndex === titleIndex ? undefined : cells[linkIndex];
  const children: PhrasingContent[] = [...titleCell.children];
  if (linkCell) children.push({ type: 'text', value: ' ' }, ...linkCell.children);
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
  const roles = columnRoles(header.children);
  return rows.flatMap((row) => {
    const paragraph = rowParagraph(row.children, roles);
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
