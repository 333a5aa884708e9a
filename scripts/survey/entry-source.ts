// The source text of the entry around a line, read from the raw lines rather than from mdast so
// that the survey does not share the parser's idea of what an entry is. The rules:
// - a GFM table row (`| … |`) is that one line, with the table's header row for its columns;
// - a raw-HTML table row is the lines from `<tr` to `</tr>`;
// - in a list, the entry starts at the item that holds the line (walking up over continuation
//   lines); an item that is only links (`  - [[Paper]](…)` under `- **Title**`) belongs to its
//   parent item; the entry then runs over every following line indented deeper than its start;
// - anything else is the paragraph around the line, at most 8 lines either way.
import { labelWords } from './label-title';

export type TableColumns = { header: string[]; cells: string[] };
export type EntrySource = { line: number; lines: string[]; table?: TableColumns };

const listMarker = /^\s*(?:[-*+]|\d{1,9}[.)])(?:\s+|$)/;
const maxLines = 40;
const paragraphReach = 8;

const isBlank = (line: string | undefined) => line === undefined || line.trim() === '';
const isTableRow = (line: string) => line.trim().startsWith('|');

export function indentOf(line: string): number {
  const lead = /^[ \t]*/.exec(line)?.[0] ?? '';
  return [...lead].reduce((width, char) => width + (char === '\t' ? 4 : 1), 0);
}

export function tableCells(row: string): string[] {
  const inner = row
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '');
  return inner.split(/(?<!\\)\|/).map((cell) => cell.trim());
}

/** True when a line holds nothing but links labelled `pdf`, `paper`, `code`, …. */
export function isLinksOnly(line: string): boolean {
  const text = line
    .replace(listMarker, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/<[^>]*>/g, ' ');
  const words = text.match(/\p{L}[\p{L}\p{N}]*/gu) ?? [];
  return words.every((word) => labelWords.includes(word.toLowerCase()));
}

function tableEntry(lines: readonly string[], index: number): EntrySource {
  let top = index;
  while (top > 0 && isTableRow(lines[top - 1] ?? '')) top -= 1;
  const row = lines[index] ?? '';
  const header = top < index ? tableCells(lines[top] ?? '') : [];
  return { line: index + 1, lines: [row], table: { header, cells: tableCells(row) } };
}

function htmlRowEntry(lines: readonly string[], index: number): EntrySource | undefined {
  let start = index;
  while (start > index - maxLines && start > 0 && !/<tr\b/i.test(lines[start] ?? '')) start -= 1;
  let end = index;
  while (end < index + maxLines && end < lines.length - 1 && !/<\/tr>/i.test(lines[end] ?? '')) {
    end += 1;
  }
  if (!/<tr\b/i.test(lines[start] ?? '')) return undefined;
  return { line: start + 1, lines: lines.slice(start, end + 1) };
}

/** The list item holding a line: the nearest marker line above it, no deeper than the line. */
function itemStart(lines: readonly string[], index: number): number | undefined {
  const depth = indentOf(lines[index] ?? '');
  for (let k = index; k >= 0 && !isBlank(lines[k]); k -= 1) {
    const line = lines[k] ?? '';
    if (listMarker.test(line) && indentOf(line) <= depth) return k;
  }
  return undefined;
}

/** The item a nested item sits in: the first shallower non-blank line above, if a marker line. */
function parentItem(lines: readonly string[], start: number): number | undefined {
  const depth = indentOf(lines[start] ?? '');
  for (let k = start - 1; k >= 0; k -= 1) {
    const line = lines[k] ?? '';
    if (isBlank(line) || indentOf(line) >= depth) continue;
    return listMarker.test(line) ? k : undefined;
  }
  return undefined;
}

function itemEnd(lines: readonly string[], start: number): number {
  const depth = indentOf(lines[start] ?? '');
  let end = start;
  for (let k = start + 1; k < lines.length && k - start < maxLines; k += 1) {
    const line = lines[k] ?? '';
    if (isBlank(line)) continue;
    if (indentOf(line) <= depth) break;
    end = k;
  }
  return end;
}

function paragraphEntry(lines: readonly string[], index: number): EntrySource {
  let start = index;
  while (start > index - paragraphReach && !isBlank(lines[start - 1])) start -= 1;
  let end = index;
  while (end < index + paragraphReach && !isBlank(lines[end + 1])) end += 1;
  return { line: start + 1, lines: lines.slice(start, end + 1) };
}

/** The entry that holds the 1-based `line`. */
export function entryAt(lines: readonly string[], line: number): EntrySource {
  const index = Math.min(Math.max(line - 1, 0), Math.max(lines.length - 1, 0));
  const text = lines[index] ?? '';
  if (isTableRow(text)) return tableEntry(lines, index);
  if (/<t[dr]\b/i.test(text)) {
    const row = htmlRowEntry(lines, index);
    if (row) return row;
  }
  let start = itemStart(lines, index);
  if (start === undefined) return paragraphEntry(lines, index);
  while (indentOf(lines[start] ?? '') > 0 && isLinksOnly(lines[start] ?? '')) {
    const parent = parentItem(lines, start);
    if (parent === undefined) break;
    start = parent;
  }
  return { line: start + 1, lines: lines.slice(start, itemEnd(lines, start) + 1) };
}
