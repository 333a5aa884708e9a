// The load test's command line: `--quick` for a one-minute pass (1 and 50 devices, SQLite
// only); otherwise every size on both layouts, then the memory run.
import { parseArgs } from 'node:util';
import type { StoreKind } from './servers';

export type BenchOptions = {
  devices: number[];
  stores: StoreKind[];
  /** How long each configuration types, after every device has synced. */
  seconds: number;
  /** The memory run (SQLite, 200 devices): RSS after one minute against after this many. */
  memoryMinutes: number;
  /** Where each server writes a V8 CPU profile when it stops (node --cpu-prof), if anywhere. */
  profileDir: string | undefined;
};

export const KEYSTROKES_PER_SECOND = 5;
export const STATUS_EVERY_MS = 4000;
export const MAX_USERS = 100;

export function parseBenchOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean' },
      devices: { type: 'string' },
      stores: { type: 'string' },
      seconds: { type: 'string' },
      'memory-minutes': { type: 'string' },
      profile: { type: 'string' },
    },
  });
  const quick = values.quick === true;
  const devices = values.devices?.split(',').map(Number) ?? (quick ? [1, 50] : [1, 50, 200, 500]);
  const stores = (values.stores?.split(',') ??
    (quick ? ['sqlite'] : ['sqlite', 'postgres'])) as StoreKind[];
  const seconds = Number(values.seconds ?? (quick ? 20 : 60));
  const memoryMinutes = Number(values['memory-minutes'] ?? (quick ? 0 : 10));
  if (devices.some((count) => !Number.isInteger(count) || count < 1 || count > 500)) {
    throw new Error('--devices takes whole numbers from 1 to 500, e.g. 1,50,200');
  }
  if (stores.some((store) => store !== 'sqlite' && store !== 'postgres')) {
    throw new Error('--stores takes sqlite and/or postgres');
  }
  if (!(seconds >= 5 && seconds <= 600)) throw new Error('--seconds must be from 5 to 600');
  if (!(memoryMinutes >= 0 && memoryMinutes <= 30)) {
    throw new Error('--memory-minutes must be from 0 (no memory run) to 30');
  }
  return { devices, stores, seconds, memoryMinutes, profileDir: values.profile };
}

/** Users for a number of devices: two or more devices each where possible, at most 100. */
export function usersFor(devices: number): number {
  return Math.max(1, Math.min(MAX_USERS, Math.floor(devices / 2)));
}
