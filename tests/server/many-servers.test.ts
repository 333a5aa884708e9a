// @vitest-environment node
// Two sync servers on one PostgreSQL and one Redis behind a plain TCP balancer: two devices of
// one user on different servers see each other's edits live; a killed server loses nothing; a
// Redis outage leaves each server serving its own clients, and says so.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openPostgresStore } from '../../server/postgres-store';
import { signToken } from '../../server/tokens';
import { libraryDocumentName } from '../../src/lib/sync/document-name';
import * as Y from 'yjs';
import { SECRET, cleanUp, connect, settled, startChild, tempDir, waitFor } from './helpers';
import type { Client } from './helpers';
import { balancer, health, metric, postgres, redis } from './services';

afterEach(cleanUp);

const ALICE = libraryDocumentName('alice');

async function twoServers() {
  const [database, broker] = await Promise.all([postgres(), redis()]);
  const flags = ['--postgres', database.url, '--redis', broker.url];
  const dir = tempDir();
  const [first, second] = await Promise.all([
    startChild(join(dir, 'one.sqlite'), flags),
    startChild(join(dir, 'two.sqlite'), flags),
  ]);
  for (const server of [first, second]) {
    await waitFor(() => server.output().includes('Redis connected'), 'Redis to connect', 10_000);
  }
  return { database, broker, first, second };
}

function type(client: Client, text: string): void {
  for (const letter of text) client.text.insert(client.text.length, letter);
}

async function storedText(url: string): Promise<string> {
  const store = await openPostgresStore(url, { log: () => undefined });
  const doc = new Y.Doc();
  Y.applyUpdate(doc, (await store.load(ALICE)) as Uint8Array);
  await store.close();
  return doc.getText('t').toString();
}

describe('two sync servers on PostgreSQL and Redis', () => {
  it('pass edits live both ways, and lose nothing when one is killed', async () => {
    const { database, first, second } = await twoServers();
    const front = await balancer([first.url, second.url]);
    const token = await signToken(SECRET, 'alice');
    const a = connect(front.url, ALICE, token);
    await settled(a);
    const b = connect(front.url, ALICE, token);
    await settled(b);
    // The balancer sent them to different servers.
    await waitFor(() => /connected "u\/alice\/library"/.test(first.output()), 'A on one');
    await waitFor(() => /connected "u\/alice\/library"/.test(second.output()), 'B on two');

    type(a, 'A wrote this. ');
    await waitFor(() => b.text.toString() === 'A wrote this. ', 'B to see A', 3000);
    type(b, 'B answered. ');
    await waitFor(() => a.text.toString() === 'A wrote this. B answered. ', 'A to see B', 3000);
    await settled(a);
    await settled(b);

    first.child.kill('SIGKILL');
    await first.exited;
    // A types on while its server is gone; its provider reconnects through the balancer.
    type(a, 'Then A went on. ');
    await settled(a, 15_000);
    expect(second.output().match(/connected "u\/alice\/library"/g)).toHaveLength(2);
    const everything = 'A wrote this. B answered. Then A went on. ';
    await waitFor(() => b.text.toString() === everything, 'B to see the rest', 5000);
    expect(a.text.toString()).toBe(everything);
    expect(await storedText(database.url)).toBe(everything);
    expect(await health(second.url)).toBe(200);
  }, 60_000);

  it('go on serving their own clients while Redis is away, say so, and catch up after', async () => {
    const { broker, first, second } = await twoServers();
    const token = await signToken(SECRET, 'alice');
    const a = connect(first.url, ALICE, token);
    const a2 = connect(first.url, ALICE, token);
    const b = connect(second.url, ALICE, token);
    await Promise.all([settled(a), settled(a2), settled(b)]);
    expect(await metric(first.url, 'readmark_sync_redis_up')).toBe(1);

    await broker.stop();
    for (const server of [first, second]) {
      await waitFor(
        () =>
          /Redis is not reachable .*serving this server's own clients only/.test(server.output()),
        'the log line',
      );
      expect(await metric(server.url, 'readmark_sync_redis_up')).toBe(0);
      expect(await health(server.url)).toBe(200);
    }
    type(a, 'while Redis was away');
    await settled(a);
    await waitFor(() => a2.text.toString() === 'while Redis was away', 'A2 on the same server');
    // B's server cannot hear of it yet.
    expect(b.text.toString()).toBe('');

    await broker.start();
    await waitFor(() => first.output().includes('Redis is back'), 'Redis to be back', 15_000);
    await waitFor(() => b.text.toString() === 'while Redis was away', 'B to catch up', 15_000);
    expect(await metric(second.url, 'readmark_sync_redis_up')).toBe(1);
    expect(first.child.exitCode).toBeNull();
    expect(second.child.exitCode).toBeNull();
  }, 60_000);
});
