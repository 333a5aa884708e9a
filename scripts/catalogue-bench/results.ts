/** One line of the report, the median that goes in it, and the table or JSON it is printed as. */

export type Row = {
  part: 'node' | 'browser' | 'hostile' | 'corpus';
  measure: string;
  /** Median in milliseconds; null when the measure could not be taken. */
  ms: number | null;
  /** `< 1000 ms`; empty when there is no target. */
  target: string;
  pass: boolean | null;
  /** Papers found, the reason for a refusal, the file's size… */
  detail: string;
};

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const at = (index: number) => sorted[index] ?? Number.NaN;
  return sorted.length % 2 === 1 ? at(middle) : (at(middle - 1) + at(middle)) / 2;
}

/** Runs `once` `runs` times, one after another, and gives each run's result. */
export async function repeat<T>(runs: number, once: (run: number) => Promise<T> | T): Promise<T[]> {
  const results: T[] = [];
  for (let run = 0; run < runs; run += 1) results.push(await once(run));
  return results;
}

/** A row timed against an upper limit in milliseconds. */
export function timedRow(
  part: Row['part'],
  measure: string,
  ms: number,
  limitMs: number,
  detail: string,
): Row {
  const target = `< ${limitMs.toLocaleString('en-US')} ms`;
  return { part, measure, ms, target, pass: ms < limitMs, detail };
}

const formatMs = (ms: number | null) =>
  ms === null ? 'n/a' : ms < 10 ? ms.toFixed(1) : Math.round(ms).toLocaleString('en-US');

const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - text.length));

export function printTable(rows: readonly Row[], runs: number): void {
  const header = ['Measure', `Median of ${runs} (ms)`, 'Target', 'Result', 'Detail'];
  const cells = rows.map((row) => [
    `${row.part}: ${row.measure}`,
    formatMs(row.ms),
    row.target,
    row.pass === null ? '' : row.pass ? 'PASS' : 'MISS',
    row.detail,
  ]);
  const widths = header.map((_, column) =>
    // The detail column is last and may be long: it is not padded.
    column === header.length - 1
      ? 0
      : Math.max(...[header, ...cells].map((line) => (line[column] ?? '').length)),
  );
  const line = (cellsOfRow: string[]) =>
    cellsOfRow
      .map((text, i) => pad(text, widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(Math.max(w, 6))).join('  '));
  for (const cellsOfRow of cells) console.log(line(cellsOfRow));
}
