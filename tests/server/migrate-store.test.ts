// @vitest-environment node
// `migrate-store` copies a SQLite store with 100 users' libraries into PostgreSQL; each document
// then encodes to the same bytes from either database.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { DocumentStore } from '../../server/document-store';
import { openPostgresStore } from '../../server/postgres-store';
import { openSqliteStore } from '../../server/sqlite-store';
import { libraryDocumentName } from '../../src/lib/sync/document-name';
import { cleanUp, tempDir } from './helpers';
import { postgres } from './services';

afterEach(cleanUp);

const run = promisify(execFile);

/** A user's library as a store holds it: some compacted, some only appended, some with deletions. */
async function storeLibrary(store: DocumentStore, index: number): Promise<void> {
  const name = libraryDocumentName(`user-${index}`);
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  const note = doc.getText(`note:${index}`);
  for (const word of ['reading ', `paper ${index} `, 'again ']) note.insert(note.length, word);
  doc.getMap(`paper:${index}`).set('status', index % 3 === 0 ? 'read' : 'to-read');
  if (index % 10 === 0) note.delete(0, 8);
  for (const update of updates) await store.append(name, update);
  if (index % 2 === 0) {
    await store.replace(name, Y.encodeStateAsUpdate(doc));
    const before = Y.encodeStateVector(doc);
    doc.getMap(`paper:${index}`).set('status', 'reading');
    await store.append(name, Y.encodeStateAsUpdate(doc, before));
  }
}

function encoded(state: Uint8Array | null): Uint8Array {
  const doc = new Y.Doc();
  if (state) Y.applyUpdate(doc, state);
  return Y.encodeStateAsUpdate(doc);
}

describe('migrate-store', () => {
  it('copies 100 users’ documents from SQLite into PostgreSQL, each identical in state', async () => {
    const database = await postgres();
    const file = join(tempDir(), 'x.sqlite');
    const sqlite = openSqliteStore(file);
    for (let index = 0; index < 100; index += 1) await storeLibrary(sqlite, index);
    await sqlite.close();

    const { stdout } = await run(
      process.execPath,
      [
        '--import',
        'tsx',
        'server/main.ts',
        'migrate-store',
        '--db',
        file,
        '--postgres',
        database.url,
      ],
      { env: process.env },
    );
    expect(stdout).toMatch(/copied 100 documents; each reads back with the same state/);

    const from = openSqliteStore(file);
    const to = await openPostgresStore(database.url, { log: () => undefined });
    const names = await from.names();
    expect(names).toHaveLength(100);
    expect(await to.names()).toEqual(names);
    for (const name of names) {
      const original = encoded(await from.load(name));
      expect(Buffer.from(encoded(await to.load(name))).equals(Buffer.from(original))).toBe(true);
    }
    await from.close();
    await to.close();
  }, 60_000);

  it('says when there is no SQLite store to copy', async () => {
    const missing = join(tempDir(), 'none.sqlite');
    const failed = await run(
      process.execPath,
      [
        '--import',
        'tsx',
        'server/main.ts',
        'migrate-store',
        '--db',
        missing,
        '--postgres',
        'postgresql://x@127.0.0.1:1/x',
      ],
      { env: process.env },
    ).catch((error: { code: number; stderr: string }) => error);
    expect(failed).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('no SQLite store at'),
    });
  });
});
