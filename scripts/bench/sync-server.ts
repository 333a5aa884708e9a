/**
 * The sync server of a `--sync` run: the real one (server/main.ts, run by node with tsx as a
 * loader, so a signal reaches it), on loopback, with its SQLite file in a temp folder of its
 * own that stopping deletes. One per list size, so each size's first sync joins an empty
 * account and the stored size is that size's alone. Also: reading what it stored, read-only.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SignJWT } from 'jose';
import { libraryDocumentName } from '../../src/lib/sync/document-name';
import { REPO_ROOT } from './server';

const ENTRY = join(REPO_ROOT, 'server', 'main.ts');
const START_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 10_000;
const KEPT_LINES = 400;

export type SyncServer = {
  /** ws://127.0.0.1:<port> */
  url: string;
  /** A token for `user`, signed with this run's secret. */
  token: string;
  user: string;
  /** The user's library on the server (the rows to measure). */
  documentName: string;
  dbFile: string;
  /** The last lines the server printed. */
  lines: () => string[];
  /** How many lines it has printed so far (to wait for a line printed after now). */
  lineCount: () => number;
  /** The lines printed after the first `after` (as far as they are still kept). */
  linesSince: (after: number) => string[];
  /** The first line printed after the first `after` lines that matches, or null after `ms`. */
  waitForLine: (pattern: RegExp, after: number, ms: number) => Promise<string | null>;
  /** SIGTERM (SIGKILL when it does not exit in time), then deletes its folder. */
  stop: () => Promise<void>;
};

// Should the benchmark end without its finally blocks (an uncaught error, Ctrl-C), its servers
// and their folders go with it.
const running = new Set<() => void>();
let hooked = false;
function onExit(cleanup: () => void): () => void {
  if (!hooked) {
    hooked = true;
    process.once('exit', () => running.forEach((clean) => clean()));
    // Node's default for these skips 'exit' handlers; exiting runs them.
    process.once('SIGINT', () => process.exit(130));
    process.once('SIGTERM', () => process.exit(143));
  }
  running.add(cleanup);
  return () => running.delete(cleanup);
}

export async function startSyncServer(user: string): Promise<SyncServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'readmark-bench-sync-'));
  const dbFile = join(dataDir, 'readmark-sync.sqlite');
  const secret = randomBytes(32).toString('hex');
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      ENTRY,
      ...['--host', '127.0.0.1', '--port', '0', '--db', dbFile],
      // Every reload reconnects; the benchmark must never be throttled.
      ...['--max-connections-per-minute', '0'],
    ],
    {
      cwd: REPO_ROOT,
      env: { ...process.env, READMARK_SYNC_SECRET: secret, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const kill = () => child.kill('SIGKILL');
  const forget = onExit(() => {
    kill();
    rmSync(dataDir, { recursive: true, force: true });
  });
  let exit: string | null = null;
  const exited = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      exit = signal ?? `exit ${code}`;
      resolve();
    }),
  );
  const kept: string[] = [];
  let count = 0;
  const listeners = new Set<(line: string) => void>();
  const read = (stream: NodeJS.ReadableStream) => {
    let rest = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const parts = (rest + chunk).split('\n');
      rest = parts.pop() ?? '';
      for (const line of parts) {
        count += 1;
        kept.push(line);
        if (kept.length > KEPT_LINES) kept.shift();
        listeners.forEach((listener) => listener(line));
      }
    });
  };
  read(child.stdout);
  read(child.stderr);

  const linesSince = (after: number) =>
    count - after <= 0 ? [] : kept.slice(Math.max(0, kept.length - (count - after)));

  const stop = async () => {
    if (exit === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(kill, STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dataDir, { recursive: true, force: true });
    forget();
  };

  try {
    const listening = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`the sync server did not start within ${START_TIMEOUT_MS} ms`)),
        START_TIMEOUT_MS,
      );
      const onLine = (line: string) => {
        const match = /listening on (ws:\/\/127\.0\.0\.1:\d+)/.exec(line);
        if (match?.[1]) {
          clearTimeout(timer);
          listeners.delete(onLine);
          resolve(match[1]);
        }
      };
      listeners.add(onLine);
      void exited.then(() => {
        clearTimeout(timer);
        reject(new Error(`the sync server exited (${exit}): ${kept.slice(-5).join(' | ')}`));
      });
    });
    const token = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(user)
      .setIssuedAt()
      .sign(new TextEncoder().encode(secret));
    return {
      url: listening,
      token,
      user,
      documentName: libraryDocumentName(user),
      dbFile,
      lines: () => [...kept],
      lineCount: () => count,
      linesSince,
      waitForLine: (pattern, after, ms) =>
        new Promise((resolve) => {
          const already = linesSince(after).find((line) => pattern.test(line));
          if (already !== undefined) return resolve(already);
          const timer = setTimeout(() => {
            listeners.delete(onLine);
            resolve(null);
          }, ms);
          const onLine = (line: string) => {
            if (!pattern.test(line)) return;
            clearTimeout(timer);
            listeners.delete(onLine);
            resolve(line);
          };
          listeners.add(onLine);
        }),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

export type StoredSize = {
  /** The SQLite file and its write-ahead log, in bytes (0 when absent). */
  mainFile: number;
  walFile: number;
  /** Free pages in the database (SQLite keeps a deleted row's pages in the file for reuse). */
  freeBytes: number;
  /** The user's snapshot row (`documents`) and appended updates (`updates`), in bytes. */
  snapshotBytes: number;
  updateBytes: number;
  updateRows: number;
};

const fileSize = (path: string) => (existsSync(path) ? statSync(path).size : 0);

/** What the server has stored for `documentName`, read through a read-only connection. */
export function storedSize(dbFile: string, documentName: string): StoredSize {
  const db = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    const snapshot = db
      .prepare<[string], { bytes: number }>(
        'SELECT COALESCE(SUM(LENGTH(state)), 0) AS bytes FROM documents WHERE name = ?',
      )
      .get(documentName);
    const updates = db
      .prepare<[string], { bytes: number; rows: number }>(
        'SELECT COALESCE(SUM(LENGTH(data)), 0) AS bytes, COUNT(*) AS rows FROM updates WHERE name = ?',
      )
      .get(documentName);
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    const freePages = db.pragma('freelist_count', { simple: true }) as number;
    return {
      mainFile: fileSize(dbFile),
      walFile: fileSize(`${dbFile}-wal`),
      freeBytes: pageSize * freePages,
      snapshotBytes: snapshot?.bytes ?? 0,
      updateBytes: updates?.bytes ?? 0,
      updateRows: updates?.rows ?? 0,
    };
  } finally {
    db.close();
  }
}
