// @vitest-environment node
// PostgreSQL restarted under a server whose clients keep typing: writes wait (unacknowledged)
// and retry, the server stays up and says so, and everything acknowledged is stored.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openPostgresStore } from '../../server/postgres-store';
import { signToken } from '../../server/tokens';
import { libraryDocumentName } from '../../src/lib/sync/document-name';
import {
  SECRET,
  cleanUp,
  connect,
  onCleanUp,
  settled,
  startChild,
  tempDir,
  waitFor,
} from './helpers';
import type { Client } from './helpers';
import { health, postgres } from './services';

afterEach(cleanUp);

const ALICE = libraryDocumentName('alice');

/** Types one letter every `ms` at the end of the client's text until stopped. */
function keepTyping(client: Client, letters: string, ms: number): () => void {
  let index = 0;
  const timer = setInterval(() => {
    client.text.insert(client.text.length, letters[index % letters.length] as string);
    index += 1;
  }, ms);
  const stop = () => clearInterval(timer);
  onCleanUp(stop);
  return stop;
}

function isSubsequence(part: string, whole: string): boolean {
  let index = 0;
  for (const letter of whole) if (letter === part[index]) index += 1;
  return index === part.length;
}

function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

describe('a sync server on PostgreSQL', () => {
  it('waits out a PostgreSQL restart while clients type, and loses nothing acknowledged', async () => {
    const database = await postgres();
    const server = await startChild(join(tempDir(), 'x.sqlite'), ['--postgres', database.url]);
    const token = await signToken(SECRET, 'alice');
    const a = connect(server.url, ALICE, token);
    const b = connect(server.url, ALICE, token);
    await Promise.all([settled(a), settled(b)]);
    const stopA = keepTyping(a, 'abcdefghij', 25);
    const stopB = keepTyping(b, '0123456789', 40);
    await waitFor(() => a.acknowledged().length >= 10, 'some acknowledged typing');

    database.stop();
    await waitFor(
      () => server.output().includes('PostgreSQL is not answering'),
      'the server to notice',
      10_000,
    );
    expect(await health(server.url)).toBe(503);
    await wait(1500);
    // What the clients typed meanwhile is not acknowledged: it could not be stored.
    expect(a.provider.unsyncedChanges).toBeGreaterThan(0);
    expect(b.provider.unsyncedChanges).toBeGreaterThan(0);
    const acknowledgedWhileDown = a.acknowledged();

    database.start();
    await waitFor(() => server.output().includes('PostgreSQL answers again'), 'recovery', 15_000);
    await wait(500);
    stopA();
    stopB();
    await Promise.all([settled(a, 15_000), settled(b, 15_000)]);
    await waitFor(() => a.text.toString() === b.text.toString(), 'both clients to agree');
    expect(await health(server.url)).toBe(200);
    expect(server.child.exitCode).toBeNull();

    const store = await openPostgresStore(database.url, { log: () => undefined });
    const doc = new Y.Doc();
    Y.applyUpdate(doc, (await store.load(ALICE)) as Uint8Array);
    await store.close();
    const stored = doc.getText('t').toString();
    expect(stored).toBe(a.text.toString());
    // Text only grows here, and Yjs keeps the order of what is there: every letter acknowledged
    // before the restart is in what is stored, in order, with more typed after it.
    expect(isSubsequence(acknowledgedWhileDown, stored)).toBe(true);
    expect(stored.length).toBeGreaterThan(acknowledgedWhileDown.length);
  }, 60_000);
});
