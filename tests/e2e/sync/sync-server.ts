import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { SignJWT } from 'jose';

/** The signing secret every test server runs with, so tests can sign tokens themselves. */
export const SYNC_SECRET = 'readmark-e2e-sync-secret-not-for-production';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const ENTRY = join(ROOT, 'server', 'main.ts');
// Node itself runs the server (tsx as a loader, not its own process), so a signal sent here
// reaches the server and SIGKILL leaves no grandchild behind.
const NODE_ARGS = ['--import', 'tsx', ENTRY];
const START_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 10_000;

export type ExitInfo = { code: number | null; signal: NodeJS.Signals | null };

export type SyncServer = {
  /** ws://127.0.0.1:<port> of the running process; changes after a restart. */
  readonly url: string;
  readonly port: number;
  readonly dbFile: string;
  readonly dataDir: string;
  /** Everything the server has printed so far, over every run, one line per entry. */
  log(): string;
  /** SIGTERM, then waits for the exit; rejects when it does not exit in time. */
  stop(): Promise<ExitInfo>;
  /** SIGKILL, then waits for the exit: nothing gets flushed. */
  kill(): Promise<ExitInfo>;
  /** Starts again on the same database (on a new free port); returns the new port. */
  restart(): Promise<number>;
  /** Kills the process if it runs and deletes the data folder: for afterEach. */
  dispose(): Promise<void>;
};

// Should a worker die without its afterEach, its servers go with it.
const running = new Set<ChildProcess>();
let exitHookInstalled = false;
function track(child: ChildProcess) {
  running.add(child);
  child.once('exit', () => running.delete(child));
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.once('exit', () => running.forEach((process) => process.kill('SIGKILL')));
  }
}

function serverEnv(): NodeJS.ProcessEnv {
  return { ...process.env, READMARK_SYNC_SECRET: SYNC_SECRET, NO_COLOR: '1' };
}

function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<ExitInfo | null> {
  if (hasExited(child)) {
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  }
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.off('exit', onExit);
      resolve(null);
    }, timeoutMs);
    const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
      clearTimeout(timer);
      resolve({ code, signal });
    };
    child.once('exit', onExit);
  });
}

type Run = { child: ChildProcess; port: number };

function launch(dbFile: string, lines: string[]): Promise<Run> {
  const args = [...NODE_ARGS, '--host', '127.0.0.1', '--port', '0', '--db', dbFile];
  const child = spawn(process.execPath, args, { cwd: ROOT, env: serverEnv(), stdio: 'pipe' });
  track(child);
  lines.push(`--- started pid ${child.pid ?? '?'}`);
  return new Promise<Run>((resolve, reject) => {
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      outcome();
    };
    const fail = (why: string) =>
      settle(() => {
        child.kill('SIGKILL');
        reject(new Error(`The sync server did not start: ${why}\n${lines.join('\n')}`));
      });
    const timer = setTimeout(
      () => fail(`no "listening on" within ${START_TIMEOUT_MS} ms`),
      START_TIMEOUT_MS,
    );
    const read = (stream: NodeJS.ReadableStream | null, name: string) => {
      let rest = '';
      stream?.setEncoding('utf8');
      stream?.on('data', (chunk: string) => {
        const parts = (rest + chunk).split('\n');
        rest = parts.pop() ?? '';
        for (const line of parts) {
          lines.push(`[${name}] ${line}`);
          const match = /listening on.*ws:\/\/127\.0\.0\.1:(\d+)/.exec(line);
          if (match?.[1]) {
            const port = Number(match[1]);
            settle(() => resolve({ child, port }));
          }
        }
      });
      stream?.on('end', () => {
        if (rest) lines.push(`[${name}] ${rest}`);
      });
    };
    read(child.stdout, 'out');
    read(child.stderr, 'err');
    child.once('error', (error) => fail(error.message));
    child.once('exit', (code, signal) => {
      lines.push(`--- exited code ${String(code)} signal ${String(signal)}`);
      fail(`it exited (code ${String(code)}, signal ${String(signal)})`);
    });
  });
}

/** Starts the sync server on a free loopback port with a fresh database in a temp folder. */
export async function startSyncServer(): Promise<SyncServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'readmark-sync-'));
  const dbFile = join(dataDir, 'readmark-sync.sqlite');
  const lines: string[] = [];
  let run: Run;
  try {
    run = await launch(dbFile, lines);
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }

  const end = async (signal: NodeJS.Signals): Promise<ExitInfo> => {
    const { child } = run;
    if (!hasExited(child)) child.kill(signal);
    const exit = await waitForExit(child, STOP_TIMEOUT_MS);
    if (exit) return exit;
    child.kill('SIGKILL');
    await waitForExit(child, STOP_TIMEOUT_MS);
    throw new Error(`The sync server did not exit on ${signal}\n${lines.join('\n')}`);
  };

  return {
    get url() {
      return `ws://127.0.0.1:${run.port}`;
    },
    get port() {
      return run.port;
    },
    dbFile,
    dataDir,
    log: () => lines.join('\n'),
    stop: () => end('SIGTERM'),
    kill: () => end('SIGKILL'),
    async restart() {
      if (!hasExited(run.child)) throw new Error('Stop or kill the sync server before restarting');
      run = await launch(dbFile, lines);
      return run.port;
    },
    async dispose() {
      const { child } = run;
      if (!hasExited(child)) {
        child.kill('SIGKILL');
        await waitForExit(child, STOP_TIMEOUT_MS);
      }
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export type TokenOptions = {
  /** A jose time span from now ('30d', '-1h') or an absolute time; no `exp` when left out. */
  expiresIn?: string | number | Date;
  /** Defaults to now. */
  issuedAt?: string | number | Date;
  /** Defaults to the test servers' secret; another one makes a forged token. */
  secret?: string;
};

/** Signs a token the way the server does: HS256, `sub` = the user. */
export async function signToken(user: string, options: TokenOptions = {}): Promise<string> {
  let jwt = new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject(user);
  jwt = options.issuedAt === undefined ? jwt.setIssuedAt() : jwt.setIssuedAt(options.issuedAt);
  if (options.expiresIn !== undefined) jwt = jwt.setExpirationTime(options.expiresIn);
  return jwt.sign(new TextEncoder().encode(options.secret ?? SYNC_SECRET));
}

/** A token for `user` that expired an hour ago (issued two hours ago). */
export function expiredToken(user: string): Promise<string> {
  return signToken(user, { issuedAt: '-2h', expiresIn: '-1h' });
}

/** Asks the server's own CLI for a token (`server/main.ts token <user>`); the last line it prints. */
export async function issueToken(
  server: Pick<SyncServer, 'dbFile'>,
  user: string,
  expires?: string,
): Promise<string> {
  const args = [...NODE_ARGS, 'token', user, '--db', server.dbFile];
  if (expires) args.push('--expires', expires);
  const { stdout } = await promisify(execFile)(process.execPath, args, {
    cwd: ROOT,
    env: serverEnv(),
    timeout: START_TIMEOUT_MS,
  });
  const token = stdout.trim().split('\n').pop()?.trim() ?? '';
  if (!/^[\w-]+\.[\w-]+\.[\w-]+$/.test(token)) {
    throw new Error(`The token command printed no token on its last line:\n${stdout}`);
  }
  return token;
}
