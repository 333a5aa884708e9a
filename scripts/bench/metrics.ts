/** What the benchmark reports: every row of the table, its unit and its target, in one place. */

/** `runs` is how many runs the value comes from (fewer than asked when time ran out). */
export type Metric =
  { value: number; samples: number[]; runs: number; detail?: string } | { error: string };

export type MetricKey =
  | 'firstPaperApp'
  | 'firstPaperStatic'
  | 'firstPaperRatio'
  | 'firstPaperJs'
  | 'firstPaperReturning'
  | 'firstPaperReturningRatio'
  | 'firstPaperAdded'
  | 'firstPaperAddedRatio'
  | 'searchP50'
  | 'searchP95'
  | 'searchFloorP95'
  | 'searchTitle'
  | 'statusP50'
  | 'statusP95'
  | 'statusFloorP95'
  | 'statusSynced'
  | 'noteP50'
  | 'noteP95'
  | 'noteSaved'
  | 'noteSynced'
  | 'firstSync'
  | 'storedDoc'
  | 'backupParse'
  | 'restoreUi'
  | 'restoreRaw'
  | 'restoreRatio'
  | 'restoreLongTask'
  | 'exportMd'
  | 'exportZip'
  | 'heapLoad'
  | 'heapScroll';

export type Target = {
  /** The list sizes the target applies to; undefined for every size. */
  sizes?: readonly number[];
  /** `value < limit` when strict, else `value <= limit`. */
  limit: number;
  strict?: boolean;
  text: string;
};

export type MetricDef = {
  key: MetricKey;
  label: string;
  unit: string;
  target?: Target;
  /** Measured once per size by design (so one sample is not "fewer runs than asked"). */
  once?: boolean;
};

export const METRICS: readonly MetricDef[] = [
  {
    key: 'firstPaperApp',
    label: 'First paper shown: app',
    unit: 'ms',
    target: { sizes: [50_000], limit: 2000, strict: true, text: '< 2 s at 50k' },
  },
  { key: 'firstPaperStatic', label: 'First paper shown: static HTML', unit: 'ms' },
  {
    key: 'firstPaperRatio',
    label: 'First paper: app / static',
    unit: '×',
    target: { sizes: [10_000], limit: 1, text: '≤ 1.0 at 10k' },
  },
  { key: 'firstPaperJs', label: 'JS fetched before first paper', unit: 'KB' },
  {
    key: 'firstPaperReturning',
    label: 'First paper, returning visitor',
    unit: 'ms',
    target: { sizes: [50_000], limit: 1500, strict: true, text: '< 1.5 s at 50k' },
  },
  {
    key: 'firstPaperReturningRatio',
    label: 'First paper, returning visitor / static',
    unit: '×',
    target: { sizes: [10_000], limit: 1, text: '≤ 1.0 at 10k' },
  },
  {
    key: 'firstPaperAdded',
    label: 'First paper, added list',
    unit: 'ms',
    target: { sizes: [50_000], limit: 1500, strict: true, text: '< 1.5 s at 50k' },
  },
  {
    key: 'firstPaperAddedRatio',
    label: 'First paper, added list / static',
    unit: '×',
    target: { sizes: [10_000], limit: 1, text: '≤ 1.0 at 10k' },
  },
  { key: 'searchP50', label: 'Search keystroke p50', unit: 'ms' },
  {
    key: 'searchP95',
    label: 'Search keystroke p95',
    unit: 'ms',
    target: { sizes: [10_000, 50_000], limit: 16, text: '≤ 16 ms at 10k, ≤ 50 ms at 50k' },
  },
  { key: 'searchFloorP95', label: 'Search floor: keystroke → next frame p95', unit: 'ms' },
  {
    key: 'searchTitle',
    label: 'Search: whole title → first result',
    unit: 'ms',
    target: { sizes: [10_000], limit: 50, text: '≤ 50 ms at 10k' },
  },
  { key: 'statusP50', label: 'Status change p50', unit: 'ms' },
  {
    key: 'statusP95',
    label: 'Status change p95',
    unit: 'ms',
    target: { limit: 16, text: '≤ 16 ms' },
  },
  { key: 'statusFloorP95', label: 'Status floor: raw put → read p95', unit: 'ms' },
  // The rows below that name sync are measured with --sync only (in the state measure).
  { key: 'statusSynced', label: 'Status change → synced', unit: 'ms' },
  { key: 'noteP50', label: 'Note keystroke p50', unit: 'ms' },
  { key: 'noteP95', label: 'Note keystroke p95', unit: 'ms' },
  { key: 'noteSaved', label: 'Note: last keystroke → saved', unit: 'ms' },
  { key: 'noteSynced', label: 'Note: last keystroke → synced', unit: 'ms' },
  { key: 'firstSync', label: 'First sync of all papers', unit: 's', once: true },
  { key: 'storedDoc', label: 'Stored document on the server', unit: 'MB', once: true },
  { key: 'backupParse', label: 'Restore: file chosen → options', unit: 'ms' },
  { key: 'restoreUi', label: 'Restore via UI (merge)', unit: 'ms' },
  { key: 'restoreRaw', label: 'Restore floor: raw bulk put', unit: 'ms' },
  {
    key: 'restoreRatio',
    label: 'Restore: UI / raw',
    unit: '×',
    target: { sizes: [10_000], limit: 1.5, text: '≤ 1.5 at 10k' },
  },
  {
    key: 'restoreLongTask',
    label: 'Restore: longest long task',
    unit: 'ms',
    target: { limit: 200, text: '≤ 200 ms' },
  },
  {
    key: 'exportMd',
    label: 'Export Markdown, one file',
    unit: 'ms',
    target: { sizes: [10_000], limit: 500, text: '≤ 500 ms at 10k' },
  },
  { key: 'exportZip', label: 'Export Markdown, zip', unit: 'ms' },
  { key: 'heapLoad', label: 'JS heap after load', unit: 'MB' },
  { key: 'heapScroll', label: 'JS heap after full scroll', unit: 'MB' },
];

/** The search target differs by size; every other target has one limit. */
export function limitFor(def: MetricDef, size: number): number | null {
  const target = def.target;
  if (!target || (target.sizes && !target.sizes.includes(size))) return null;
  if (def.key === 'searchP95') return size >= 50_000 ? 50 : 16;
  return target.limit;
}

export function meets(def: MetricDef, value: number, limit: number): boolean {
  return def.target?.strict ? value < limit : value <= limit;
}

export type SizeResults = Partial<Record<MetricKey, Metric>>;

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return NaN;
  return sorted.length % 2
    ? (sorted[mid] ?? NaN)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Nearest-rank percentile: the smallest sample with at least p% of samples at or below it. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

export const medianOf = (samples: number[], detail?: string): Metric => ({
  value: median(samples),
  samples,
  runs: samples.length,
  ...(detail ? { detail } : {}),
});
