// `npm run bench:sync [-- --quick]`: the sync server under simulated devices, on loopback.
// For each layout (one server on SQLite; two on PostgreSQL and Redis) and each number of
// devices, it connects the devices, lets them type for a fixed time, then prints one table.
// Everything it starts (servers, PostgreSQL, Redis, devices) it stops; it ends by itself.
import { cpus, loadavg, totalmem } from 'node:os';
import { signToken } from '../../server/tokens';
import { connectFleet } from './devices';
import type { Fleet } from './devices';
import { KEYSTROKES_PER_SECOND, STATUS_EVERY_MS, parseBenchOptions, usersFor } from './options';
import type { BenchOptions } from './options';
import { scrape, windowBetween } from './scrape';
import { startServers } from './servers';
import type { StoreKind } from './servers';
import { formatTable } from './table';
import type { Row } from './table';

const LAYOUTS: Record<StoreKind, string> = {
  sqlite: '1 server, SQLite',
  postgres: '2 servers, PostgreSQL + Redis',
};

function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function fleetFor(urls: string[], secret: string, devices: number): Promise<Fleet> {
  const users = usersFor(devices);
  const tokens = await Promise.all(
    Array.from({ length: users }, (_, user) => signToken(secret, `bench-${user}`)),
  );
  const specs = Array.from({ length: devices }, (_, index) => {
    const user = index % users;
    // A user's devices take turns over the servers, as a balancer without stickiness would.
    const nth = Math.floor(index / users);
    return {
      user: `bench-${user}`,
      token: tokens[user] as string,
      url: urls[nth % urls.length] as string,
      index,
    };
  });
  return connectFleet(specs, KEYSTROKES_PER_SECOND, STATUS_EVERY_MS);
}

async function runOne(
  kind: StoreKind,
  devices: number,
  seconds: number,
  profileDir: string | undefined,
): Promise<Row> {
  const servers = await startServers(kind, profileDir);
  try {
    const fleet = await fleetFor(servers.urls, servers.secret, devices);
    try {
      const before = await Promise.all(servers.urls.map(scrape));
      const cpuBefore = process.cpuUsage();
      fleet.start();
      await wait(seconds * 1000);
      const samples = fleet.stop();
      const cpu = process.cpuUsage(cpuBefore);
      // Let the last edits arrive before reading the counters.
      await wait(1000);
      const after = await Promise.all(servers.urls.map(scrape));
      return {
        layout: LAYOUTS[kind],
        devices,
        users: usersFor(devices),
        seconds,
        samples,
        servers: before.map((scraped, index) =>
          windowBetween(scraped, after[index] as typeof scraped, seconds),
        ),
        loadCpuPercent: (100 * (cpu.user + cpu.system)) / 1e6 / seconds,
      };
    } finally {
      fleet.close();
    }
  } finally {
    await servers.stop();
  }
}

/** RSS of one SQLite server with 200 devices typing, after one minute and after `minutes`. */
async function memoryRun(minutes: number, profileDir: string | undefined): Promise<string> {
  const servers = await startServers('sqlite', profileDir);
  try {
    const fleet = await fleetFor(servers.urls, servers.secret, 200);
    const url = servers.urls[0] as string;
    const rss = async () =>
      ((await scrape(url)).get('process_resident_memory_bytes') ?? 0) / 2 ** 20;
    fleet.start();
    await wait(60_000);
    const early = await rss();
    await wait((minutes - 1) * 60_000);
    const late = await rss();
    const documents = (await scrape(url)).get('readmark_sync_documents_loaded') ?? 0;
    const samples = fleet.stop();
    fleet.close();
    return `Memory, 1 server on SQLite, 200 devices typing: RSS ${early.toFixed(0)} MB after 1 minute, ${late.toFixed(0)} MB after ${minutes} minutes (${samples.edits} edits, ${documents} documents open).`;
  } finally {
    await servers.stop();
  }
}

async function main(options: BenchOptions): Promise<void> {
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}; load average ${loadavg()
    .map((value) => value.toFixed(2))
    .join(' ')} at the start`;
  console.log(`bench:sync on ${machine}`);
  console.log(
    `each device types ${KEYSTROKES_PER_SECOND} keystrokes/s into a note and changes a status every ${STATUS_EVERY_MS / 1000} s; ${options.seconds} s per configuration`,
  );
  const rows: Row[] = [];
  for (const kind of options.stores) {
    for (const devices of options.devices) {
      console.log(`running: ${LAYOUTS[kind]}, ${devices} device${devices === 1 ? '' : 's'}…`);
      rows.push(await runOne(kind, devices, options.seconds, options.profileDir));
    }
  }
  console.log(`\n${formatTable(rows)}\n`);
  for (const row of rows) {
    const kinds = [...new Set(row.samples.errors)];
    if (kinds.length > 0)
      console.log(`errors at ${row.layout}, ${row.devices} devices: ${kinds.join(', ')}`);
  }
  if (options.memoryMinutes > 0)
    console.log(await memoryRun(options.memoryMinutes, options.profileDir));
  console.log(
    `load average at the end: ${loadavg()
      .map((value) => value.toFixed(2))
      .join(' ')}`,
  );
}

main(parseBenchOptions(process.argv.slice(2))).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
