// Reading a sync server's /metrics (Prometheus text) between two moments: CPU, memory, updates
// stored, store write latency and refusals.

export type Scrape = Map<string, number>;

export async function scrape(wsUrl: string): Promise<Scrape> {
  const text = await (await fetch(`${wsUrl.replace(/^ws/, 'http')}/metrics`)).text();
  const values: Scrape = new Map();
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    const space = line.lastIndexOf(' ');
    values.set(line.slice(0, space), Number(line.slice(space + 1)));
  }
  return values;
}

const sumOf = (scrape: Scrape, prefix: string): number =>
  [...scrape].filter(([key]) => key.startsWith(prefix)).reduce((sum, [, value]) => sum + value, 0);

export type Window = {
  cpuPercent: number;
  rssMb: number;
  updatesStored: number;
  appendMeanMs: number;
  /** The upper bound of the histogram bucket holding the 95th percentile. */
  appendP95Ms: number;
  refusals: number;
  storeFailures: number;
};

export function windowBetween(before: Scrape, after: Scrape, seconds: number): Window {
  const delta = (key: string) => (after.get(key) ?? 0) - (before.get(key) ?? 0);
  const append = (part: string) => delta(`readmark_sync_store_seconds_${part}{operation="append"}`);
  const count = append('count');
  const buckets = [...after.keys()]
    .filter(
      (key) => key.startsWith('readmark_sync_store_seconds_bucket{') && key.includes('"append"'),
    )
    .map((key) => ({ le: Number(/le="([^"]+)"/.exec(key)?.[1] ?? 'NaN'), count: delta(key) }))
    .filter((bucket) => Number.isFinite(bucket.le))
    .sort((a, b) => a.le - b.le);
  const p95 = buckets.find((bucket) => bucket.count >= 0.95 * count)?.le ?? Number.NaN;
  return {
    cpuPercent: (100 * delta('process_cpu_seconds_total')) / seconds,
    rssMb: (after.get('process_resident_memory_bytes') ?? 0) / 2 ** 20,
    updatesStored: delta('readmark_sync_updates_stored_total'),
    appendMeanMs: count > 0 ? (1000 * append('sum')) / count : Number.NaN,
    appendP95Ms: count > 0 ? 1000 * p95 : Number.NaN,
    refusals:
      sumOf(after, 'readmark_sync_refusals_total') - sumOf(before, 'readmark_sync_refusals_total'),
    storeFailures:
      sumOf(after, 'readmark_sync_store_failures_total') -
      sumOf(before, 'readmark_sync_store_failures_total'),
  };
}
