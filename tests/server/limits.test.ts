// @vitest-environment node
// What a broken or hostile client may send, and what the server does: it closes that client's
// connection, logs one line, keeps the stored document as it was and goes on serving the others.
import { join } from 'node:path';
import WebSocket from 'ws';
import { afterEach, describe, expect, it } from 'vitest';
import {
  MAX_MESSAGE_BYTES,
  MAX_UNAUTHENTICATED_BYTES,
  connectionCounter,
} from '../../server/limits';
import { openSqliteStore } from '../../server/sqlite-store';
import { signToken } from '../../server/tokens';
import { libraryDocumentName } from '../../src/lib/sync/document-name';
import * as Y from 'yjs';
import {
  SECRET,
  authMessage,
  cleanUp,
  closeCode,
  connect,
  rawSocket,
  settled,
  startInProcess,
  tempDir,
  updateMessage,
  waitFor,
} from './helpers';
import type { InProcessServer } from './helpers';

afterEach(cleanUp);

const ALICE = libraryDocumentName('alice');

/** A server holding "intact" for alice, written by a client that has since left. */
async function serverWithText(): Promise<{ server: InProcessServer; file: string }> {
  const file = join(tempDir(), 'x.sqlite');
  const server = await startInProcess({ dbFile: file });
  const writer = connect(server.url, ALICE, await signToken(SECRET, 'alice'));
  await settled(writer);
  writer.text.insert(0, 'intact');
  await settled(writer);
  return { server, file };
}

/** A new client still syncs, and sees exactly what was stored. */
async function stillServes(server: InProcessServer): Promise<void> {
  const reader = connect(server.url, ALICE, await signToken(SECRET, 'alice'));
  await settled(reader);
  expect(reader.text.toString()).toBe('intact');
}

async function authenticatedSocket(url: string): Promise<WebSocket> {
  const socket = await rawSocket(url);
  const answered = new Promise((resolve) => socket.once('message', resolve));
  socket.send(authMessage(ALICE, await signToken(SECRET, 'alice')));
  await answered;
  return socket;
}

describe('the sync server under bad input', () => {
  it('closes a connection that sends an update Yjs cannot read, and keeps the document', async () => {
    const { server, file } = await serverWithText();
    const socket = await authenticatedSocket(server.url);
    const closed = closeCode(socket);
    socket.send(updateMessage(ALICE, Uint8Array.from([9, 200, 1, 255, 255, 255, 255, 15, 3, 0])));
    expect(await closed).toBe(1007);
    expect(server.logs.some((line) => /closed a connection to .*not valid/.test(line))).toBe(true);
    await stillServes(server);
    await server.stop('test');
    const store = openSqliteStore(file);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, (await store.load(ALICE)) as Uint8Array);
    await store.close();
    expect(doc.getText('t').toString()).toBe('intact');
  });

  it('survives garbage in place of a message, before and after authentication', async () => {
    const { server } = await serverWithText();
    const garbage = Uint8Array.from({ length: 64 }, (_, index) => (index * 97 + 13) % 256);
    const early = await rawSocket(server.url);
    early.send(garbage);
    early.send(Uint8Array.from([255, 255, 255, 255, 255, 255, 255, 255, 255, 255]));
    const late = await authenticatedSocket(server.url);
    late.send(garbage);
    await stillServes(server);
  });

  it(`closes a connection that sends a message over ${MAX_MESSAGE_BYTES} bytes`, async () => {
    const { server } = await serverWithText();
    const socket = await authenticatedSocket(server.url);
    const closed = closeCode(socket);
    socket.send(new Uint8Array(MAX_MESSAGE_BYTES + 1));
    expect(await closed).toBe(1009);
    await waitFor(
      () => server.logs.some((line) => line.includes('a message was larger than')),
      'the log line',
    );
    await stillServes(server);
  });

  it('closes a connection that sends too much before authenticating', async () => {
    const { server } = await serverWithText();
    const socket = await rawSocket(server.url);
    const closed = closeCode(socket);
    // Sync messages that Hocuspocus would hold until the document is authenticated.
    const chunk = updateMessage(ALICE, new Uint8Array(1024 * 1024));
    for (let sent = 0; sent <= MAX_UNAUTHENTICATED_BYTES; sent += chunk.length) socket.send(chunk);
    expect(await closed).toBe(1008);
    await stillServes(server);
  });

  it('refuses new connections from an address past its limit per minute, logging it once', async () => {
    const server = await startInProcess({
      dbFile: join(tempDir(), 'x.sqlite'),
      maxConnectionsPerMinute: 3,
    });
    for (let i = 0; i < 3; i += 1) await rawSocket(server.url);
    const statuses = await Promise.all(
      [1, 2].map(
        () =>
          new Promise<number | undefined>((resolve) => {
            const socket = new WebSocket(server.url);
            socket.on('unexpected-response', (_request, response) => {
              resolve(response.statusCode);
              socket.terminate();
            });
            socket.on('open', () => resolve(101));
            socket.on('error', () => undefined);
          }),
      ),
    );
    expect(statuses).toEqual([429, 429]);
    const refusals = server.logs.filter((line) => line.startsWith('refused connections from'));
    expect(refusals).toEqual([
      expect.stringMatching(
        /^refused connections from \S+ for \d+ s: more than 3 new connections in a minute$/,
      ),
    ]);
  });

  it('counts connections per address in one-minute windows', () => {
    const counter = connectionCounter(2);
    const start = 1_000_000;
    expect(counter.overLimit('a', start)).toBeNull();
    expect(counter.overLimit('a', start + 1)).toBeNull();
    expect(counter.overLimit('a', start + 2)).not.toBeNull();
    expect(counter.overLimit('b', start + 3)).toBeNull();
    expect(counter.overLimit('a', start + 60_000)).toBeNull();
    expect(connectionCounter(0).overLimit('a', start)).toBeNull();
  });
});
