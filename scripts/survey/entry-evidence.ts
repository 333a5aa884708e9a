// Does an entry's source text GIVE a year, a venue, authors? A deliberately simple heuristic, so
// its misses are easy to reason about. It reads the entry's text with link targets, bare URLs,
// HTML tags, images and label-only links (`[pdf]`, `[[Code]]`) removed, then:
// - year: a 19xx/20xx year not glued to other letters or digits (dates like `2022.01` and
//   `2023-12-11` included, `Guo2002` not); a two-digit year after an apostrophe (`CVPR'19`,
//   `ECCV' 14`, `'19`); a known venue glued to a year (`Arxiv18`, `ECCV2020`, `Arxiv 24.05.07`);
//   or a paper URL that is an arXiv abstract/PDF, whose id encodes year and month.
// - venue: a known venue name (see venues.ts), or a non-empty cell in a table column headed
//   venue / conference / journal / publication.
// - authors: `et al`; or, outside link text and bold text (where titles live, and Title Case
//   reads like names), two or more `A. Surname` names or two or more `Firstname Lastname` names
//   in a row separated by commas (`A B, C D` or `A B, and C D`; `A B and C D` alone is too
//   much like a title); or a non-empty cell in a column headed author(s).
// Known blind spots: a single author without `et al`, `Surname, Firstname` lists, venues not in
// the list; years, venue names and comma-separated Title Case phrases in an unlinked, unbolded
// title count as given. And "got" means the parser filled the field, not that it got it right.
import { paperIdFromUrl } from '../../src/lib/catalogue/paper-id';
import type { EntrySource, TableColumns } from './entry-source';
import { labelWords } from './label-title';
import { hasVenueYear, namesVenue } from './venues';

export type Evidence = { year: boolean; venue: boolean; authors: boolean };

const labelLink = new RegExp(`[\\[\`]+\\s*(?:${labelWords.join('|')})\\s*[\\]\`]+`, 'gi');
const fourDigitYear = /(?<![\p{L}\p{N}])(?:19|20)\d{2}(?!\d)/u;
const apostropheYear = /\p{Lu}['’]\s?\d{2}(?!\d)|(?<![\p{L}\p{N}])['’]\d{2}(?!\d)/u;
const etAl = /\bet\.?\s*al\b/i;
const initialName = /(?<!\p{L})\p{Lu}\.(?:\s?\p{Lu}\.)*\s?\p{Lu}[\p{Ll}'’-]+/gu;
const fullName = String.raw`\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}\.)?(?:\s\p{Lu}[\p{Ll}'’-]+){1,2}`;
const nameSequence = new RegExp(`${fullName}(?:\\s*,\\s*(?:and\\s+|&\\s*)?${fullName})+`, 'u');
const emptyCell = /^(?:|-+|–|—|n\/?a|none|\\-)$/i;

/** The entry's words: link targets, URLs, tags, images and `[pdf]`-style labels removed. */
export function evidenceText(lines: readonly string[]): string {
  return lines
    .join('\n')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\bhttps?:\/\/\S+/gi, ' ')
    .replace(/\bwww\.\S+/gi, ' ')
    .replace(labelLink, ' ');
}

/** The text without `[link text]` and `**bold**`, where titles usually are. */
export function withoutTitles(text: string): string {
  return text
    .replace(/\*\*[^*]*\*\*|__[^_]*__/g, ' ')
    .replace(/\[[^[\]]*\]/g, ' ')
    .replace(/\[[^[\]]*\]/g, ' ');
}

function columnGives(table: TableColumns | undefined, header: RegExp): boolean {
  if (table === undefined) return false;
  return table.header.some((name, column) => {
    const cell = table.cells[column] ?? '';
    return header.test(name) && !emptyCell.test(cell.replace(/[*_`]/g, '').trim());
  });
}

function arxivYear(urls: readonly string[]): boolean {
  return urls.some((url) => paperIdFromUrl(url).startsWith('arxiv:'));
}

export function givesYear(text: string, urls: readonly string[] = []): boolean {
  return (
    fourDigitYear.test(text) || apostropheYear.test(text) || hasVenueYear(text) || arxivYear(urls)
  );
}

export function givesVenue(text: string, table?: TableColumns): boolean {
  return namesVenue(text) || columnGives(table, /venue|conference|journal|publication|published/i);
}

export function givesAuthors(text: string, table?: TableColumns): boolean {
  const names = withoutTitles(text);
  return (
    etAl.test(text) ||
    (names.match(initialName)?.length ?? 0) >= 2 ||
    nameSequence.test(names) ||
    columnGives(table, /author/i)
  );
}

/** What the entry gives; `urls` are the paper's own URL and links (for arXiv ids). */
export function entryEvidence(entry: EntrySource, urls: readonly string[]): Evidence {
  const text = evidenceText(entry.lines);
  return {
    year: givesYear(text, urls),
    venue: givesVenue(text, entry.table),
    authors: givesAuthors(text, entry.table),
  };
}
