// PostgreSQL and Redis for the sync server's tests and load test: Debian's packages (installed
// with apt-get when missing and we are root, as scripts/chromium.ts does for Chromium), each
// started on a free loopback port with a data folder of its own, and stopped by its pid.
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const POSTGRES_ROOT = '/usr/lib/postgresql';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

function postgresBin(): string | null {
  if (!existsSync(POSTGRES_ROOT)) return null;
  const versions = readdirSync(POSTGRES_ROOT)
    .filter((name) => existsSync(join(POSTGRES_ROOT, name, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(POSTGRES_ROOT, versions[0], 'bin') : null;
}

function redisServer(): string | null {
  const found = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' });
  return found.status === 0 && found.stdout.trim() ? found.stdout.trim() : null;
}

/** Installs Debian's postgresql and redis-server when either is missing; throws if it cannot. */
export function ensureServices(): { postgresBin: string; redisServer: string } {
  const missing = [
    ...(postgresBin() ? [] : ['postgresql']),
    ...(redisServer() ? [] : ['redis-server']),
  ];
  if (missing.length > 0) {
    if (!isRoot || spawnSync('sh', ['-c', 'command -v apt-get']).status !== 0) {
      throw new Error(
        `${missing.join(' and ')} not found: install them (e.g. \`sudo apt-get install ${missing.join(' ')}\`)`,
      );
    }
    console.log(`Installing Debian's ${missing.join(' and ')} with apt-get…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env });
  }
  const bin = postgresBin();
  const redis = redisServer();
  if (!bin || !redis) throw new Error('postgresql or redis-server is still missing after apt-get');
  return { postgresBin: bin, redisServer: redis };
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

export type Postgres = {
  url: string;
  /** Fast shutdown: open connections are closed, as in a restart or fail-over. */
  stop(): void;
  start(): void;
  /** Stops it and removes its data folder. */
  remove(): void;
};

/** A fresh PostgreSQL cluster on a free port; as root it runs as the `postgres` user. */
export async function startPostgres(): Promise<Postgres> {
  const bin = ensureServices().postgresBin;
  const dir = mkdtempSync(join(tmpdir(), 'readmark-postgres-'));
  const run = (command: string, args: string[]): void => {
    const [file, fileArgs] = isRoot
      ? ['runuser', ['-u', 'postgres', '--', join(bin, command), ...args]]
      : [join(bin, command), args];
    execFileSync(file, fileArgs, { stdio: 'pipe', cwd: dir });
  };
  if (isRoot) {
    const ids = execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim();
    const group = execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim();
    chownSync(dir, Number(ids), Number(group));
  }
  const data = join(dir, 'data');
  run('initdb', ['-D', data, '--auth=trust', '--username=postgres', '--no-sync', '-E', 'UTF8']);
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`;
  let running = false;
  const start = (): void => {
    run('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-w', '-o', options, 'start']);
    running = true;
  };
  const stop = (): void => {
    if (!running) return;
    run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
    running = false;
  };
  start();
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    stop,
    start,
    remove: () => {
      stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export type Redis = {
  url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  remove(): Promise<void>;
};

/** A Redis without persistence on a free port, as a daemon of its own. */
export async function startRedis(): Promise<Redis> {
  const server = ensureServices().redisServer;
  const dir = mkdtempSync(join(tmpdir(), 'readmark-redis-'));
  const port = await freePort();
  const pidFile = join(dir, 'redis.pid');
  let pid: number | null = null;
  const start = async (): Promise<void> => {
    execFileSync(server, [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      '--daemonize',
      'yes',
      '--dir',
      dir,
      '--pidfile',
      pidFile,
      '--logfile',
      join(dir, 'log'),
    ]);
    await until(() => answersPing(port), 'Redis to answer');
    pid = Number(readFileSync(pidFile, 'utf8').trim());
  };
  const stop = async (): Promise<void> => {
    if (pid === null) return;
    const stopping = pid;
    pid = null;
    process.kill(stopping, 'SIGTERM');
    await until(async () => !isAlive(stopping), 'Redis to stop');
  };
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    stop,
    start,
    remove: async () => {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port }, () => socket.write('PING\r\n'));
    socket.once('data', (data) => {
      resolve(data.toString().startsWith('+PONG'));
      socket.destroy();
    });
    socket.once('error', () => resolve(false));
  });
}

async function until(check: () => Promise<boolean>, what: string, timeoutMs = 10_000) {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
