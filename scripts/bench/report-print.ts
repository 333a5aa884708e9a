/** The printed report: a table (rows = measures, columns = sizes, with targets), then notes. */
import {
  limitFor,
  meets,
  METRICS,
  type MetricDef,
  type MetricKey,
  type SizeResults,
} from './metrics';
import { FIRST_LOAD_JS_LIMIT_KB, type BenchReport } from './report';

// The rows whose detail helps explain a miss; the rest stay in results.json.
const DETAILED: readonly MetricKey[] = [
  'firstPaperReturning',
  'firstPaperAdded',
  'searchP95',
  'statusP95',
  'statusSynced',
  'noteP95',
  'noteSynced',
  'firstSync',
  'storedDoc',
  'restoreLongTask',
];

function format(value: number, unit: string): string {
  if (!Number.isFinite(value)) return 'n/a';
  if (unit === '×') return `${value.toFixed(2)}×`;
  if (unit === 'ms') return value < 10 ? value.toFixed(1) : value.toFixed(0);
  return value.toFixed(1);
}

const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - text.length));

function cell(def: MetricDef, size: number, results: SizeResults, runs: number): string {
  const metric = results[def.key];
  if (!metric) return '—';
  if ('error' in metric) return 'ERROR';
  const limit = limitFor(def, size);
  const fewer = metric.runs < runs && !def.once ? ` (n=${metric.runs})` : '';
  const text = `${format(metric.value, def.unit)}${fewer}`;
  return limit === null ? text : `${text} ${meets(def, metric.value, limit) ? 'PASS' : 'MISS'}`;
}

function printTable(report: BenchReport): void {
  const { sizes } = report.options;
  const rows = METRICS.map((def) => [
    `${def.label} (${def.unit})`,
    ...sizes.map((size) => cell(def, size, report.results[size] ?? {}, report.options.runs)),
    def.target?.text ?? '',
  ]);
  const header = [
    'Measure (median)',
    ...sizes.map((size) => size.toLocaleString('en-US')),
    'Target',
  ];
  const widths = header.map((_, column) =>
    Math.max(...[header, ...rows].map((row) => (row[column] ?? '').length)),
  );
  const machine = Object.entries(report.machine)
    .map(([key, value]) => `${key} ${value}`)
    .join(', ');
  console.log(`\n${machine}`);
  console.log(
    report.options.sync
      ? 'Sync ON: the state measure (memory, status, notes, export) ran connected to a sync server on loopback.'
      : 'Sync off (run with --sync to measure the state measure connected to a sync server).',
  );
  const line = (row: string[]) =>
    row
      .map((text, i) => pad(text, widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const row of rows) console.log(line(row));
}

function printNotes(report: BenchReport): void {
  const { sizes } = report.options;
  const errors = sizes.flatMap((size) =>
    METRICS.flatMap((def) => {
      const metric = report.results[size]?.[def.key];
      return metric && 'error' in metric ? [`  ${def.label} at ${size}: ${metric.error}`] : [];
    }),
  );
  console.log(
    `Medians of up to ${report.options.runs} runs; (n=K): only K runs fitted in the measure's time budget.`,
  );
  if (errors.length > 0) console.log(`\nErrors:\n${errors.join('\n')}`);
  const details = sizes.flatMap((size) =>
    METRICS.filter((def) => DETAILED.includes(def.key)).flatMap((def) => {
      const metric = report.results[size]?.[def.key];
      return metric && 'detail' in metric && metric.detail
        ? [`  ${def.label} at ${size.toLocaleString('en-US')}: ${metric.detail}`]
        : [];
    }),
  );
  if (details.length > 0) console.log(`\nDetails:\n${details.join('\n')}`);
}

function printBytes(report: BenchReport): void {
  console.log('\nFirst-load bytes (gzip -9)');
  if ('error' in report.bytes) console.log(`  ERROR: ${report.bytes.error}`);
  else {
    const { bytes } = report;
    const js = bytes.firstLoadJsKb;
    const verdict = js <= FIRST_LOAD_JS_LIMIT_KB ? 'PASS' : 'MISS';
    console.log(
      `  JS loaded by index.html   ${js.toFixed(1)} KB  ${verdict} (target ≤ ${FIRST_LOAD_JS_LIMIT_KB} KB)`,
    );
    console.log(`  CSS loaded by index.html  ${bytes.firstLoadCssKb.toFixed(1)} KB`);
    console.log(`  All chunks in dist/assets ${bytes.allChunksKb.toFixed(1)} KB`);
    const top = bytes.firstLoad
      .filter((c) => /\.m?js$/.test(c.file))
      .sort((a, b) => b.gzipKb - a.gzipKb);
    console.log(
      `  First-load JS by chunk: ${top.map((c) => `${c.file} ${c.gzipKb.toFixed(1)}`).join(', ')}`,
    );
  }
}

export function printReport(report: BenchReport): void {
  printTable(report);
  printNotes(report);
  printBytes(report);
  const misses = report.verdicts.filter((verdict) => !verdict.pass);
  console.log(`\nTargets: ${report.verdicts.length - misses.length} PASS, ${misses.length} MISS`);
  for (const miss of misses) {
    const where = miss.size === null ? '' : ` at ${miss.size.toLocaleString('en-US')}`;
    const by = miss.value / miss.limit;
    console.log(
      `  MISS ${miss.metric}${where}: ${miss.value.toFixed(2)} vs ${miss.limit} (${by.toFixed(2)}× the target)`,
    );
  }
}
