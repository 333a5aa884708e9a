/** What bench/results.json holds, which targets each result meets, and writing it. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { BytesReport } from './measure-bytes';
import { limitFor, meets, METRICS, type SizeResults } from './metrics';

export type Machine = Record<string, string | number>;
export type Verdict = {
  metric: string;
  size: number | null;
  value: number;
  limit: number;
  pass: boolean;
};
export type BenchReport = {
  generatedAt: string;
  machine: Machine;
  /** `sync` is absent in reports made before --sync existed (they ran without it). */
  options: { sizes: number[]; runs: number; sync?: boolean };
  sites: Record<number, { catalogue: number; staticPage: number; backup: number }>;
  results: Record<number, SizeResults>;
  bytes: BytesReport | { error: string };
  verdicts: Verdict[];
};

export const FIRST_LOAD_JS_LIMIT_KB = 150;

export function verdictsOf(report: Omit<BenchReport, 'verdicts'>): Verdict[] {
  const verdicts: Verdict[] = [];
  for (const def of METRICS) {
    for (const size of report.options.sizes) {
      const metric = report.results[size]?.[def.key];
      const limit = limitFor(def, size);
      if (limit === null || !metric || 'error' in metric) continue;
      verdicts.push({
        metric: def.key,
        size,
        value: metric.value,
        limit,
        pass: meets(def, metric.value, limit),
      });
    }
  }
  if (!('error' in report.bytes)) {
    const value = report.bytes.firstLoadJsKb;
    const limit = FIRST_LOAD_JS_LIMIT_KB;
    verdicts.push({ metric: 'firstLoadJsKb', size: null, value, limit, pass: value <= limit });
  }
  return verdicts;
}

export function writeReport(path: string, report: BenchReport): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nWrote ${path}`);
}
