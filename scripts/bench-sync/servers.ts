// The servers a configuration runs: one on SQLite, or two on PostgreSQL and Redis. Each is the
// real server/main.ts in a process of its own, on loopback, with the per-address connection
// limit off (every simulated device comes from 127.0.0.1).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPostgres, startRedis } from '../loopback-services';

export type StoreKind = 'sqlite' | 'postgres';

export type Servers = { urls: string[]; secret: string; stop(): Promise<void> };

export async function startServers(
  kind: StoreKind,
  profileDir: string | undefined,
): Promise<Servers> {
  const secret = randomBytes(32).toString('base64url');
  const dir = mkdtempSync(join(tmpdir(), 'readmark-bench-sync-'));
  const cleanups: (() => Promise<void> | void)[] = [
    () => rmSync(dir, { recursive: true, force: true }),
  ];
  const stop = async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  };
  try {
    let flags: string[] = [];
    if (kind === 'postgres') {
      const [database, broker] = await Promise.all([startPostgres(), startRedis()]);
      cleanups.push(
        () => database.remove(),
        () => broker.remove(),
      );
      flags = ['--postgres', database.url, '--redis', broker.url];
    }
    const count = kind === 'postgres' ? 2 : 1;
    const urls: string[] = [];
    for (let index = 0; index < count; index += 1) {
      const server = await startServer(join(dir, `${index}.sqlite`), secret, flags, profileDir);
      cleanups.push(server.stop);
      urls.push(server.url);
    }
    return { urls, secret, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function startServer(
  dbFile: string,
  secret: string,
  flags: string[],
  profileDir: string | undefined,
) {
  const child = spawn(
    process.execPath,
    [
      ...(profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : []),
      '--import',
      'tsx',
      'server/main.ts',
      '--port',
      '0',
      '--db',
      dbFile,
      '--max-connections-per-minute',
      '0',
      ...flags,
    ],
    { env: { ...process.env, READMARK_SYNC_SECRET: secret }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the server did not start:\n${output}`)),
      30_000,
    );
    const read = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000);
      const found = /listening on (ws:\/\/\S+:\d+)/.exec(output);
      if (found) {
        clearTimeout(timer);
        resolve(found[1] as string);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', () => reject(new Error(`the server exited:\n${output}`)));
  });
  return {
    url,
    stop: async () => {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
