// Shared pieces of the sync server tests: temporary folders, the real server (in this process or
// as a child process), Node clients and a polling wait. Everything made here is cleaned up by
// cleanUp(), which each test file calls after every test.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { startSyncServer } from '../../server/sync-server';
import type { SyncServer, SyncServerOptions } from '../../server/sync-server';

export const SECRET = 'test-secret-that-is-long-enough-for-hs256-0123456789';

const cleanups: (() => Promise<void> | void)[] = [];

export async function cleanUp(): Promise<void> {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
}

/** Runs `cleanup` in cleanUp(), after what was registered later (last in, first out). */
export function onCleanUp(cleanup: () => Promise<void> | void): void {
  cleanups.push(cleanup);
}

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'readmark-sync-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export type InProcessServer = SyncServer & { logs: string[] };

export async function startInProcess(
  options: Partial<SyncServerOptions> & { dbFile: string },
): Promise<InProcessServer> {
  const logs: string[] = [];
  const server = await startSyncServer({
    host: '127.0.0.1',
    port: 0,
    secret: SECRET,
    maxConnectionsPerMinute: 0,
    log: (line) => logs.push(line),
    ...options,
  });
  cleanups.push(() => server.stop('test over'));
  return { ...server, logs };
}

export type Client = {
  provider: HocuspocusProvider;
  doc: Y.Doc;
  text: Y.Text;
  /** What the client saw acknowledged last: its text whenever unsyncedChanges came back to 0. */
  acknowledged: () => string;
  /** Events in order: 'acknowledged', 'disconnected', 'refused: <reason>'. */
  events: string[];
};

export function connect(url: string, name: string, token: string | null): Client {
  const doc = new Y.Doc();
  const text = doc.getText('t');
  const events: string[] = [];
  let acknowledged = '';
  // Quick reconnects keep the restart tests short.
  const socket = new HocuspocusProviderWebsocket({
    url,
    WebSocketPolyfill: WebSocket,
    delay: 50,
    minDelay: 50,
    maxDelay: 200,
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name,
    token,
    document: doc,
    onAuthenticationFailed: ({ reason }) => events.push(`refused: ${reason}`),
    onDisconnect: () => events.push('disconnected'),
    onUnsyncedChanges: ({ number }) => {
      if (number !== 0) return;
      acknowledged = text.toString();
      events.push('acknowledged');
    },
  });
  provider.attach();
  cleanups.push(() => {
    provider.destroy();
    socket.destroy();
  });
  return { provider, doc, text, acknowledged: () => acknowledged, events };
}

export async function waitFor(check: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Waits until the client has synced and every change it made is acknowledged. */
export async function settled(client: Client, timeoutMs = 5000): Promise<void> {
  await waitFor(
    () => client.provider.isSynced && client.provider.unsyncedChanges === 0,
    'the client to settle',
    timeoutMs,
  );
}

export type ChildServer = {
  child: ChildProcess;
  url: string;
  output: () => string;
  exited: Promise<number | null>;
};

/** `node --import tsx server/main.ts`: the child is the server itself, so signals reach it. */
export async function startChild(dbFile: string, extraArgs: string[] = []): Promise<ChildServer> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'server/main.ts', '--port', '0', '--db', dbFile, ...extraArgs],
    { env: { ...process.env, READMARK_SYNC_SECRET: SECRET }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  cleanups.push(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    return exited.then(() => undefined);
  });
  await waitFor(() => /listening on ws:\/\/\S+:\d+/.test(output), 'the server to listen', 15_000);
  const url = /listening on (ws:\/\/\S+:\d+)/.exec(output)?.[1] as string;
  return { child, url, output: () => output, exited };
}

// The Hocuspocus wire format, for tests that send what no provider would.
function varUint(value: number): number[] {
  const bytes: number[] = [];
  let rest = value;
  while (rest > 0x7f) {
    bytes.push((rest & 0x7f) | 0x80);
    rest = Math.floor(rest / 128);
  }
  bytes.push(rest);
  return bytes;
}

function varBytes(data: Uint8Array): number[] {
  return [...varUint(data.length), ...data];
}

export function authMessage(name: string, token: string): Uint8Array {
  const encoder = new TextEncoder();
  return Uint8Array.from([
    ...varBytes(encoder.encode(name)),
    2,
    0,
    ...varBytes(encoder.encode(token)),
  ]);
}

export function updateMessage(name: string, update: Uint8Array): Uint8Array {
  return Uint8Array.from([...varBytes(new TextEncoder().encode(name)), 0, 2, ...varBytes(update)]);
}

/** A raw WebSocket, closed after the test; resolves once open. */
export async function rawSocket(url: string): Promise<WebSocket> {
  const socket = new WebSocket(url);
  cleanups.push(() => socket.terminate());
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  return socket;
}

export function closeCode(socket: WebSocket): Promise<number> {
  return new Promise((resolve) => socket.once('close', (code: number) => resolve(code)));
}
