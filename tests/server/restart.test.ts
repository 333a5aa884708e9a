// @vitest-environment node
// The server as a child process, stopped politely (SIGTERM) or killed (kill -9), then started
// again on the same database: what clients saw acknowledged is still there.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { signToken } from '../../server/tokens';
import { libraryDocumentName } from '../../src/lib/sync/document-name';
import { SECRET, cleanUp, connect, settled, startChild, tempDir, waitFor } from './helpers';

afterEach(cleanUp);

const ALICE = libraryDocumentName('alice');

function rows(file: string, table: 'documents' | 'updates'): number {
  const db = new Database(file, { readonly: true });
  const { n } = db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number };
  db.close();
  return n;
}

describe('the sync server across restarts', () => {
  it('stores everything on SIGTERM, exits 0 and has it after a restart', async () => {
    const file = join(tempDir(), 'x.sqlite');
    const token = await signToken(SECRET, 'alice');
    const first = await startChild(file);
    const writer = connect(first.url, ALICE, token);
    await settled(writer);
    writer.text.insert(0, 'kept across a restart');
    await settled(writer);
    writer.provider.destroy();

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(first.output()).toMatch(/^\S+Z stopped \(SIGTERM\): .*database closed$/m);
    // The pending snapshot was written and the appended rows folded into it.
    expect(rows(file, 'documents')).toBe(1);
    expect(rows(file, 'updates')).toBe(0);

    const second = await startChild(file);
    const reader = connect(second.url, ALICE, token);
    await settled(reader);
    expect(reader.text.toString()).toBe('kept across a restart');
  }, 20_000);

  it('loses nothing acknowledged when killed with SIGKILL mid-typing', async () => {
    const file = join(tempDir(), 'x.sqlite');
    const token = await signToken(SECRET, 'alice');
    const first = await startChild(file);
    const writer = connect(first.url, ALICE, token);
    await settled(writer);
    const typed = 'every acknowledged letter survives a crash. '.repeat(3);
    let index = 0;
    await waitFor(
      () => {
        writer.text.insert(writer.text.length, typed[index % typed.length] as string);
        index += 1;
        return writer.acknowledged().length >= 40;
      },
      'some acknowledged typing',
      10_000,
    );
    first.child.kill('SIGKILL');
    await first.exited;
    const acknowledged = writer.acknowledged();
    writer.provider.destroy();
    expect(writer.text.length).toBeGreaterThanOrEqual(acknowledged.length);

    const second = await startChild(file);
    const reader = connect(second.url, ALICE, token);
    await settled(reader);
    expect(reader.text.toString().startsWith(acknowledged)).toBe(true);
  }, 20_000);
});
