import type { Nodes, PhrasingContent, Table, TableCell, TableRow } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';

type RawCell = { html: string; rowSpan: number; colSpan: number };
type RawRow = { cells: RawCell[]; line: number };

const rowPattern = /<tr\b[^>]*>([\s\S]*?)(?=<tr\b|<\/table>|$)/giu;
const cellPattern = /<t([dh])\b([^>]*)>([\s\S]*?)(?=<t[dh]\b|<\/tr>|$)/giu;
const maxSpan = 1000;

function span(attributes: string, name: string): number {
  const value = new RegExp(String.raw`${name}\s*=\s*["']?(\d+)`, 'iu').exec(attributes)?.[1];
  return Math.min(maxSpan, Math.max(1, Number(value ?? 1)));
}

const entities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  '#39': "'",
};

function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|nbsp|#39);/giu, (_, name: string) => {
    // Stryker disable next-line StringLiteral: the pattern matches only names the table holds, in any case
    return entities[name.toLowerCase()] ?? '';
  });
}

// Markdown special characters in HTML text are literal there.
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|!&]/gu, (char) => `\\${char}`);
}

/** A cell's HTML as inline Markdown: links kept, other tags dropped, entities decoded. */
function cellMarkdown(html: string): string {
  const parts: string[] = [];
  const anchor = /<a\b[^>]*?href\s*=\s*["']([^"']*)["'][^>]*>([\s\S]*?)<\/a>/giu;
  let last = 0;
  const text = (raw: string) => escapeMarkdown(decode(raw.replace(/<[^>]*>/gu, ' ')));
  for (const match of html.matchAll(anchor)) {
    parts.push(text(html.slice(last, match.index)));
    // Stryker disable next-line StringLiteral: the group takes part in every match, so the fallback is never used
    const label = text(match[2] ?? '').trim();
    // Stryker disable next-line StringLiteral: the group takes part in every match, so the fallback is never used
    const url = decode(match[1] ?? '').replace(/[()\s]/gu, encodeURIComponent);
    parts.push(label === '' ? ' ' : ` [${label}](${url}) `);
    last = match.index + match[0].length;
  }
  parts.push(text(html.slice(last)));
  // Stryker disable next-line MethodExpression: Markdown drops a paragraph's one leading or trailing space anyway
  return parts.join('').replace(/\s+/gu, ' ').trim();
}

// Positions would point into the cell's own text, not the list's; the row carries the line.
function withoutPositions<T extends Nodes>(node: T): T {
  const { position: _position, ...rest } = node;
  void _position;
  if (!('children' in rest)) return rest as T;
  const children = (rest.children as Nodes[]).map((child) => withoutPositions(child));
  return { ...rest, children } as T;
}

function phrasing(markdown: string): PhrasingContent[] {
  const first = fromMarkdown(markdown).children[0];
  return first?.type === 'paragraph' ? first.children.map((node) => withoutPositions(node)) : [];
}

/** Rows of cells, with cells spanning rows or columns repeated where they reach. */
function grid(html: string, firstLine: number): RawRow[] {
  const rows: RawRow[] = [];
  // Stryker disable next-line ArrayDeclaration: a string held there has no `left`, so it is never carried, and the column is overwritten
  const carried: (RawCell & { left: number })[] = [];
  for (const rowMatch of html.matchAll(rowPattern)) {
    const row: RawCell[] = [];
    // Stryker disable next-line StringLiteral: the group takes part in every match, so the fallback is never used
    const cells = [...(rowMatch[1] ?? '').matchAll(cellPattern)];
    let column = 0;
    const fillCarried = () => {
      for (let held = carried[column]; held && held.left > 0; held = carried[column]) {
        row.push(held);
        held.left -= 1;
        column += 1;
      }
    };
    for (const cellMatch of cells) {
      fillCarried();
      // Stryker disable next-line StringLiteral: the group takes part in every match, so the fallback is never used
      const attributes = cellMatch[2] ?? '';
      const cell = {
        // Stryker disable next-line StringLiteral: the group takes part in every match, so the fallback is never used
        html: cellMatch[3] ?? '',
        rowSpan: span(attributes, 'rowspan'),
        colSpan: span(attributes, 'colspan'),
      };
      for (let i = 0; i < cell.colSpan; i += 1) {
        row.push(cell);
        carried[column] = { ...cell, left: cell.rowSpan - 1 };
        column += 1;
      }
    }
    fillCarried();
    const line = firstLine + (html.slice(0, rowMatch.index).match(/\n/gu) ?? []).length;
    if (row.length > 0) rows.push({ cells: row, line });
  }
  return rows;
}

/**
 * Reads a raw HTML `<table>` (as some lists write theirs) into the table the Markdown parser
 * would have made, so it is read by its header names like any other table.
 */
export function htmlTable(html: string, line: number): Table | undefined {
  if (!/<table\b/iu.test(html)) return undefined;
  const rows = grid(html, line);
  if (rows.length < 2) return undefined;
  const children: TableRow[] = rows.map((row) => ({
    type: 'tableRow',
    children: row.cells.map((cell): TableCell => ({
      type: 'tableCell',
      children: phrasing(cellMarkdown(cell.html)),
    })),
    position: { start: { line: row.line, column: 1 }, end: { line: row.line, column: 1 } },
  }));
  return { type: 'table', children };
}
