/** A problem the parser worked around; `line` is 1-based in the Markdown source (0 = not tied to a line). */
export type CatalogueWarning = { line: number; message: string };

/** How the app lists a warning: `line 120: skipped "Bad link": link is not http(s) (javascript:)`. */
export function warningText({ line, message }: CatalogueWarning): string {
  return `line ${line}: ${message}`;
}

// Reads back what warningText wrote; skipped entries are the warnings whose message says so.
const written = /^line (\d+): (skipped )?/;
const shownLines = 5;

const count = (n: number) => n.toLocaleString('en-US');
const plural = (n: number, one: string, many: string) => `${count(n)} ${n === 1 ? one : many}`;

/** `line 10`, `lines 10 and 12`, `lines 10, 12, 14, 16, 18 and 7 more`. */
function linesText(lines: readonly number[]): string {
  if (lines.length === 0) return '';
  const shown = lines.slice(0, shownLines).map(count);
  const rest = lines.length - shown.length;
  const last = rest > 0 ? `${count(rest)} more` : shown.pop();
  const words = shown.length === 0 ? `${last}` : `${shown.join(', ')} and ${last}`;
  return ` (${lines.length === 1 ? 'line' : 'lines'} ${words})`;
}

/**
 * What an added list's warnings are, counted right and placed: "2 entries skipped (lines 10 and
 * 14), 1 other warning (line 3)"; warnings are given as warningText wrote them.
 */
export function warningsSummary(warnings: readonly string[]): string {
  const skipped: number[] = [];
  const others: number[] = [];
  let otherCount = 0;
  for (const warning of warnings) {
    const match = written.exec(warning);
    const line = Number(match?.[1] ?? 0);
    if (match?.[2]) skipped.push(line);
    else {
      otherCount += 1;
      if (line > 0) others.push(line);
    }
  }
  const parts: string[] = [];
  if (skipped.length > 0)
    parts.push(`${plural(skipped.length, 'entry', 'entries')} skipped${linesText(skipped)}`);
  if (otherCount > 0) {
    const [one, many] =
      skipped.length > 0
        ? (['other warning', 'other warnings'] as const)
        : (['warning', 'warnings'] as const);
    parts.push(`${plural(otherCount, one, many)}${linesText(others)}`);
  }
  return parts.join(', ');
}
