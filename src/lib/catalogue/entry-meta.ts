import { readAuthors } from './author-names';
import { parseVenueYear } from './venue-year';
import { leadingVenue, looksLikeVenue, namesVenueAlone, namesVenueWithYear } from './venue-names';
import { findYear, yearOfDate } from './year-in-text';

/** What an entry says about its paper besides the title: who, where and when. */
export type EntryMeta = { authors?: string[]; venue?: string; year?: number };

export type MetaReading = EntryMeta & {
  /** Pieces that are none of these: kept for the description, in order. */
  leftovers: string[];
};

// A sentence ends at `. ` unless the word before is an initial, a month or a usual abbreviation.
const abbreviations =
  /(?:^|[\s(,])(?:\p{Lu}|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|proc|conf|int|vol|no|pp|vs|fig|eq|e\.g|i\.e|jr|dr|st)\.$/iu;

/** Splits running text at sentence ends, brackets, parentheses and separators. */
export function splitSegments(text: string): string[] {
  const pieces: string[] = [];
  let current = '';
  const flush = () => {
    const piece = current.trim();
    if (piece !== '') pieces.push(piece);
    current = '';
  };
  // Stryker disable next-line EqualityOperator: a step past the end reads '', which includes() finds in any string, so it only flushes, as the flush after the loop does
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charAt(index);
    if ('()[]|;'.includes(char)) {
      flush();
    } else if (
      char === '.' &&
      /\s/u.test(text.charAt(index + 1)) &&
      !abbreviations.test(current + char)
    ) {
      flush();
    } else if (
      /[-–—]/u.test(char) &&
      text.charAt(index - 1) === ' ' &&
      text.charAt(index + 1) === ' '
    ) {
      flush();
    } else {
      current += char;
    }
  }
  flush();
  return pieces;
}

const yearFirst = /^((?:19|20)\d{2})[\s-]+(\S.*)$/u;

const ARXIV_VENUE = /^arxiv(?: preprint| e-prints?)?$/iu;

function setVenue(meta: EntryMeta, venue: string): void {
  // arXiv is where a paper first appears; a conference named beside it is where it was published.
  if (meta.venue === undefined || ARXIV_VENUE.test(meta.venue)) meta.venue = venue;
}

function readVenueChunk(meta: EntryMeta, raw: string): boolean {
  const chunk = raw.replace(/[\s:]+$/u, '');
  const prefixed = yearFirst.exec(chunk);
  if (prefixed?.[2] !== undefined && looksLikeVenue(prefixed[2])) {
    meta.year ??= Number(prefixed[1]);
    setVenue(meta, prefixed[2]);
    return true;
  }
  const date = yearOfDate(chunk);
  if (date !== undefined) {
    meta.year ??= date;
    return true;
  }
  const { venue, year } = parseVenueYear(chunk);
  if (year !== undefined && (venue === undefined || namesVenueWithYear(venue))) {
    meta.year ??= year;
    if (venue !== undefined) setVenue(meta, venue);
    return true;
  }
  // With a year this is never reached for a venue namesVenueAlone takes: namesVenueWithYear took it above.
  if (venue !== undefined && namesVenueAlone(venue)) {
    setVenue(meta, venue);
    return true;
  }
  const leading = leadingVenue(chunk);
  if (leading !== undefined) {
    setVenue(meta, leading);
    const found = findYear(chunk);
    if (found) meta.year ??= found.year;
    return true;
  }
  return false;
}

/**
 * Splits what a title carries after it: `Pruned Forests (KDD 2019)` or `Deep Leakage from
 * Gradients. NIPS 2019.` give the title alone and the venue and year. A tail that is not all
 * venue and a year stays part of the title.
 */
export function splitTitleTail(title: string): { title: string; meta: EntryMeta } {
  const paren = /^(.+?)\s*\(([^()]+)\)$/u.exec(title);
  const candidates: [string, string[]][] = [];
  if (paren?.[1] && paren[2]) candidates.push([paren[1], [paren[2]]]);
  const sentences = splitSegments(title);
  // The longest tail first: `Widget Nets. arXiv 2019. ICML 2020` is titled `Widget Nets`.
  // Stryker disable next-line EqualityOperator: one more step adds an empty tail, which reads no year and so is never taken
  for (let keep = 1; keep < sentences.length; keep += 1) {
    candidates.push([sentences.slice(0, keep).join('. '), sentences.slice(keep)]);
  }
  // `VAFL: Vertical Learning, ICML workshop on FL, 2020`.
  const chunks = title.split(/\s*,\s*/u);
  // Stryker disable next-line EqualityOperator: one more step adds an empty tail, which reads no year and so is never taken
  for (let keep = 1; keep < chunks.length; keep += 1) {
    candidates.push([chunks.slice(0, keep).join(', '), chunks.slice(keep)]);
  }
  for (const [rest, tail] of candidates) {
    const meta: EntryMeta = {};
    const readsAsVenue = tail.every((piece) => readVenueChunk(meta, piece));
    // A year is required: `Title (GPT-3)` or `Title. BERT` keep their tails.
    if (readsAsVenue && meta.year !== undefined) {
      return { title: rest, meta: { venue: meta.venue, year: meta.year } };
    }
  }
  return { title, meta: {} };
}

/**
 * `A. Author, B. Author, Title of the Paper, ICCV, 2015`: one run of plain text holding authors,
 * title, venue and year, told apart by commas. Undefined unless it starts with authors.
 */
export function splitCitation(text: string): { title: string; meta: EntryMeta } | undefined {
  const chunks = text.split(/\s*,\s*/u).filter((chunk) => chunk !== '');
  const meta: EntryMeta = {};
  let end = chunks.length;
  // Stryker disable next-line StringLiteral: `end` is at least 2 here, so chunks[end - 1] always exists
  while (end > 1 && readVenueChunk(meta, chunks[end - 1] ?? '')) end -= 1;
  // At least one chunk stays the title, even a one-word one (`…, Widgetron, ICML 2020`).
  const names = leadingAuthors(chunks.slice(0, end - 1));
  if (!names) return undefined;
  const title = chunks.slice(names.used, end).join(', ');
  return { title, meta: { authors: names.authors, venue: meta.venue, year: meta.year } };
}

/** The longest run of leading comma-separated chunks that reads as a list of authors. */
function leadingAuthors(
  chunks: readonly string[],
): { authors: string[]; used: number } | undefined {
  // Stryker disable next-line EqualityOperator: taking no chunk reads '' as authors, which gives undefined, the same as stopping
  for (let used = chunks.length; used > 0; used -= 1) {
    const authors = readAuthors(chunks.slice(0, used).join(', '));
    if (authors) return { authors, used };
  }
  return undefined;
}

/**
 * The authors among a segment's comma-separated chunks: the longest run of names at its start,
 * or right after a date or venue (`Dec. 2021, Ada Quill, Bo Lind`).
 */
function authorsAmong(
  chunks: readonly string[],
): { authors: string[]; from: number; to: number } | undefined {
  // Stryker disable next-line EqualityOperator: a step past the end reads no authors and '' as no venue, so it returns undefined as the loop's end does
  for (let from = 0; from < chunks.length; from += 1) {
    const names = leadingAuthors(chunks.slice(from));
    if (names) return { authors: names.authors, from, to: from + names.used };
    // Stryker disable next-line StringLiteral: `from` is below chunks.length, so chunks[from] always exists
    if (!readVenueChunk({}, chunks[from] ?? '')) return undefined;
  }
  return undefined;
}

function readSegment(meta: MetaReading, segment: string, authorsAllowed: boolean): void {
  if (!segment.includes(',') && readVenueChunk(meta, segment)) return;
  const chunks = segment.split(/\s*(?:,|\s\/)\s*/u).filter((chunk) => chunk !== '');
  const names = authorsAllowed && meta.authors === undefined ? authorsAmong(chunks) : undefined;
  if (names) meta.authors = names.authors;
  const rest: string[] = [];
  chunks.forEach((chunk, index) => {
    if (names && index >= names.from && index < names.to) return;
    if (!readVenueChunk(meta, chunk)) rest.push(chunk);
  });
  // A piece that was only numbers and punctuation (pages, volumes) says nothing to a reader.
  const leftover = rest.join(', ');
  if (/\p{L}/u.test(leftover)) meta.leftovers.push(leftover);
}

/**
 * Reads authors, venue and year out of the pieces of an entry around its title, such as
 * `*A. Author, B. Author*`, `NAACL 2019`, `(2015)`, `[S&P'17]` or `Jan. 2020`. The first of each
 * wins; what is none of them comes back as leftovers.
 */
export function readMeta(segments: readonly string[], authorsAllowed: boolean): MetaReading {
  const meta: MetaReading = { leftovers: [] };
  for (const segment of segments) {
    // `Ada Quill (Widget Lab) et al. arXiv.`: affiliations go, then the sentences are read apart.
    const plain = /et al|,/u.test(segment) ? segment.replace(/\s*\([^()\d]*\)/gu, '') : segment;
    for (const piece of splitSegments(plain)) readSegment(meta, piece, authorsAllowed);
  }
  return meta;
}
