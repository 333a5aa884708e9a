// @vitest-environment node
// The real server in this process, with Node clients: syncing, refusals, and the promise that a
// write is stored before the client hears it was applied.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import type { DocumentStore } from '../../server/document-store';
import { openSqliteStore } from '../../server/sqlite-store';
import { signToken } from '../../server/tokens';
import { libraryDocumentName } from '../../src/lib/sync/document-name';
import { SECRET, cleanUp, connect, settled, startInProcess, tempDir, waitFor } from './helpers';

afterEach(cleanUp);

const ALICE = libraryDocumentName('alice');

/** A real SQLite store that counts loads and can be told to fail the next append. */
function watchedStore(file: string) {
  const store = openSqliteStore(file);
  const seen = { loads: 0, failNextLoad: false, failNextAppend: false, order: [] as string[] };
  const watched: DocumentStore = {
    ...store,
    load: async (name) => {
      seen.loads += 1;
      if (seen.failNextLoad) {
        seen.failNextLoad = false;
        throw new Error('disk unreadable (test)');
      }
      return store.load(name);
    },
    append: async (name, update) => {
      if (seen.failNextAppend) {
        seen.failNextAppend = false;
        throw new Error('disk full (test)');
      }
      await store.append(name, update);
      seen.order.push('append');
    },
  };
  return { store: watched, seen };
}

/**
 * Notes each sync-status message (type 8, sent only by the server) as it is handed to a socket.
 * A spy on ws itself, because that is the moment the acknowledgement leaves the server.
 */
function recordAcknowledgements(order: string[]): { stop: () => void } {
  const send = WebSocket.prototype.send;
  WebSocket.prototype.send = function (this: WebSocket, ...args: Parameters<WebSocket['send']>) {
    const [data] = args;
    // The document name's length fits in its first byte here, so the type is the byte after it.
    if (data instanceof Uint8Array && data[(data[0] as number) + 1] === 8)
      order.push('acknowledge');
    return send.apply(this, args);
  } as WebSocket['send'];
  return { stop: () => (WebSocket.prototype.send = send) };
}

/** The document as another process would read it from the file: snapshot plus appended rows. */
function textInFile(file: string): string {
  const db = new Database(file, { readonly: true });
  const snapshot = db.prepare('SELECT state FROM documents WHERE name = ?').get(ALICE) as
    { state: Uint8Array } | undefined;
  const rows = db.prepare('SELECT data FROM updates WHERE name = ?').all(ALICE) as {
    data: Uint8Array;
  }[];
  db.close();
  const doc = new Y.Doc();
  for (const part of [snapshot?.state, ...rows.map((row) => row.data)]) {
    if (part) Y.applyUpdate(doc, part);
  }
  return doc.getText('t').toString();
}

describe('the sync server', () => {
  it('syncs a text between two clients of the same user', async () => {
    const server = await startInProcess({ dbFile: join(tempDir(), 'x.sqlite') });
    // The address it bound: loopback only, as asked.
    expect(server.url).toMatch(/^ws:\/\/127\.0\.0\.1:\d+$/);
    const token = await signToken(SECRET, 'alice');
    const first = connect(server.url, ALICE, token);
    const second = connect(server.url, ALICE, token);
    await settled(first);
    await settled(second);
    first.text.insert(0, 'hello from the first');
    await waitFor(() => second.text.toString() === 'hello from the first', 'the second client');
    second.text.insert(0, '> ');
    await waitFor(() => first.text.toString() === '> hello from the first', 'the first client');
    expect(
      server.logs.filter((line) => line.startsWith('connected "u/alice/library"')),
    ).toHaveLength(2);
  });

  it('refuses bad, expired and other users’ tokens with a reason, before loading anything', async () => {
    const file = join(tempDir(), 'x.sqlite');
    const { store, seen } = watchedStore(file);
    const server = await startInProcess({ dbFile: file, store });
    const hourAgo = new Date(Date.now() - 3600_000);
    const cases: [string | null, string][] = [
      [null, 'no token'],
      ['garbage', 'the token is not valid'],
      [await signToken(`${SECRET}-other`, 'alice'), 'the token is not valid'],
      [
        await signToken(SECRET, 'alice', { expiresInSeconds: 10, now: hourAgo }),
        'the token has expired',
      ],
      [await signToken(SECRET, 'bob'), 'the token is for another user'],
    ];
    const clients = cases.map(([token]) => connect(server.url, ALICE, token));
    await waitFor(() => clients.every((client) => client.events.length > 0), 'every refusal');
    expect(clients.map((client) => client.events[0])).toEqual(
      cases.map(([, reason]) => `refused: ${reason}`),
    );
    expect(seen.loads).toBe(0);
    const refusals = server.logs.filter((line) => line.startsWith('refused "u/alice/library"'));
    expect(refusals).toHaveLength(cases.length);
    for (const [token] of cases) {
      if (token) expect(server.logs.join('\n')).not.toContain(token);
    }
  });

  it('has stored every update in SQLite by the time the client hears it was applied', async () => {
    const file = join(tempDir(), 'x.sqlite');
    const { store, seen } = watchedStore(file);
    // No snapshot during the test: what the check reads can only come from the appended rows.
    const server = await startInProcess({ dbFile: file, store, storeDebounceMs: 60_000 });
    const client = connect(server.url, ALICE, await signToken(SECRET, 'alice'));
    await settled(client);
    const mismatches: string[] = [];
    let checks = 0;
    client.provider.on('unsyncedChanges', ({ number }: { number: number }) => {
      if (number !== 0) return;
      // Synchronously, in the handler of the acknowledgement itself.
      checks += 1;
      const stored = textInFile(file);
      if (stored !== client.text.toString()) mismatches.push(`${stored} ≠ ${client.text}`);
    });
    const words = 'acknowledged means stored';
    const recording = recordAcknowledgements(seen.order);
    try {
      for (const letter of words) {
        client.text.insert(client.text.length, letter);
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
      await settled(client);
    } finally {
      recording.stop();
    }
    expect(checks).toBeGreaterThan(0);
    expect(mismatches).toEqual([]);
    expect(textInFile(file)).toBe(words);
    // On the server, each keystroke's row went in before its acknowledgement went out.
    expect(seen.order).toEqual([...words].flatMap(() => ['append', 'acknowledge']));
  });

  it('does not acknowledge an update it could not store; the client sends it again', async () => {
    const file = join(tempDir(), 'x.sqlite');
    const { store, seen } = watchedStore(file);
    const server = await startInProcess({ dbFile: file, store });
    const client = connect(server.url, ALICE, await signToken(SECRET, 'alice'));
    await settled(client);
    client.events.length = 0;
    seen.failNextAppend = true;
    client.text.insert(0, 'must not be lost');
    await waitFor(() => client.events.includes('acknowledged'), 'the update to be stored');
    expect(client.events[0]).toBe('disconnected');
    expect(server.logs.some((line) => line.includes('could not store an update'))).toBe(true);
    await settled(client);
    expect(textInFile(file)).toBe('must not be lost');
  });

  it('tells the client when it cannot load the library, and loads it on the next try', async () => {
    const file = join(tempDir(), 'x.sqlite');
    const { store, seen } = watchedStore(file);
    const server = await startInProcess({ dbFile: file, store });
    const token = await signToken(SECRET, 'alice');
    seen.failNextLoad = true;
    const unlucky = connect(server.url, ALICE, token);
    await waitFor(() => unlucky.events.length > 0, 'the refusal');
    expect(unlucky.events[0]).toBe('refused: the server could not load the library');
    expect(server.logs.some((line) => line.startsWith('could not load "u/alice/library"'))).toBe(
      true,
    );
    const lucky = connect(server.url, ALICE, token);
    await settled(lucky);
  });
});
