// The load test's results as one plain-text table, one row per configuration.
import type { Samples } from './devices';
import type { Window } from './scrape';

export type Row = {
  layout: string;
  devices: number;
  users: number;
  seconds: number;
  samples: Samples;
  /** Each server's window, summed for CPU and RSS. */
  servers: Window[];
  /** CPU of the process simulating the devices, in % of one core. */
  loadCpuPercent: number;
};

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

const ms = (value: number) => (Number.isNaN(value) ? '—' : value.toFixed(value < 10 ? 1 : 0));

const HEADER = [
  'layout',
  'devices',
  'users',
  'edits/s made',
  'updates/s stored',
  'other device p50/p95/p99 ms',
  'ack p95 ms',
  'server CPU %',
  'server RSS MB',
  'store write mean / p95 ms',
  'errors',
  'load CPU %',
];

export function formatTable(rows: Row[]): string {
  const lines = rows.map((row) => {
    const { samples, servers } = row;
    const sum = (pick: (window: Window) => number) =>
      servers.reduce((total, window) => total + pick(window), 0);
    const cross = samples.crossDevice;
    const stored = sum((window) => window.updatesStored) / row.seconds;
    const errors = samples.errors.length + sum((window) => window.refusals + window.storeFailures);
    const appendMean = sum((window) => window.appendMeanMs) / servers.length;
    const appendP95 = Math.max(...servers.map((window) => window.appendP95Ms));
    return [
      row.layout,
      String(row.devices),
      String(row.users),
      (samples.edits / row.seconds).toFixed(0),
      stored.toFixed(0),
      cross.length === 0
        ? 'n/a (one device)'
        : `${ms(percentile(cross, 50))} / ${ms(percentile(cross, 95))} / ${ms(percentile(cross, 99))}`,
      ms(percentile(samples.acknowledged, 95)),
      servers.map((window) => window.cpuPercent.toFixed(0)).join(' + '),
      servers.map((window) => window.rssMb.toFixed(0)).join(' + '),
      `${ms(appendMean)} / ≤ ${ms(appendP95)}`,
      String(errors),
      row.loadCpuPercent.toFixed(0),
    ];
  });
  const all = [HEADER, ...lines];
  const widths = HEADER.map((_, column) =>
    Math.max(...all.map((line) => (line[column] as string).length)),
  );
  const format = (line: string[]) =>
    `| ${line.map((cell, column) => cell.padEnd(widths[column] as number)).join(' | ')} |`;
  return [
    format(HEADER),
    `| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`,
    ...lines.map(format),
  ].join('\n');
}
