// Finds the line where a paper's URL is written. The parser stores URLs as `new URL(…).href`,
// which may differ from the text (a trailing slash added, `%20` for a space, `&amp;` in HTML), so
// the lookup first compares normalised hrefs of the links mdast found, then searches the raw
// text for a few spellings of the URL.
import type { SourceLink } from './markdown-links';

export type UrlLines = {
  /** The first line (1-based) of each normalised href. */
  lineByHref: ReadonlyMap<string, number>;
  markdown: string;
  /** Offsets where each line starts, for turning a text offset into a line. */
  lineStarts: readonly number[];
};

function normalisedHref(url: string): string | undefined {
  try {
    return new URL(url).href;
  } catch {
    return undefined;
  }
}

export function indexUrlLines(markdown: string, links: readonly SourceLink[]): UrlLines {
  const lineByHref = new Map<string, number>();
  for (const link of links) {
    const href = normalisedHref(link.url);
    if (href !== undefined && !lineByHref.has(href)) lineByHref.set(href, link.line);
  }
  const lineStarts = [0];
  for (const match of markdown.matchAll(/\n/g)) lineStarts.push(match.index + 1);
  return { lineByHref, markdown, lineStarts };
}

function safeDecode(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

/** Spellings of a normalised URL that a list may have used. */
export function urlSpellings(url: string): string[] {
  const bare = url.endsWith('/') ? url.slice(0, -1) : url;
  const decoded = [url, bare].map(safeDecode);
  const escaped = [url, bare].map((spelling) => spelling.replaceAll('&', '&amp;'));
  return [...new Set([url, bare, ...decoded, ...escaped])].filter((spelling) => spelling !== '');
}

function lineOfOffset(lineStarts: readonly number[], offset: number): number {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if ((lineStarts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return low + 1;
}

// A match must end where the URL ends: `…/abs/2101.1234` must not match inside `…/2101.12345`.
const urlContinues = /[\p{L}\p{N}/_%-]/u;

function textSearch(index: UrlLines, spelling: string): number | undefined {
  for (let from = 0; ;) {
    const at = index.markdown.indexOf(spelling, from);
    if (at < 0) return undefined;
    const next = index.markdown[at + spelling.length] ?? '';
    if (!urlContinues.test(next)) return lineOfOffset(index.lineStarts, at);
    from = at + 1;
  }
}

/** The 1-based line where the URL is first written, if it can be found at all. */
export function lineOfUrl(index: UrlLines, url: string): number | undefined {
  const fromLinks = index.lineByHref.get(url);
  if (fromLinks !== undefined) return fromLinks;
  for (const spelling of urlSpellings(url)) {
    const line = textSearch(index, spelling);
    if (line !== undefined) return line;
  }
  return undefined;
}
