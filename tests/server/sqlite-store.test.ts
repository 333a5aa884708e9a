// @vitest-environment node
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { problemWith } from '../../server/message-guard';
import { openSqliteStore } from '../../server/sqlite-store';
import { cleanUp, tempDir, updateMessage } from './helpers';

afterEach(cleanUp);

/** The updates a client typing `words` one by one would send. */
function typing(words: string[]): { updates: Uint8Array[]; doc: Y.Doc } {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  for (const word of words) doc.getText('t').insert(doc.getText('t').length, word);
  return { updates, doc };
}

function textOf(state: Uint8Array | null): string {
  const doc = new Y.Doc();
  if (state) Y.applyUpdate(doc, state);
  return doc.getText('t').toString();
}

function count(file: string, table: 'documents' | 'updates'): number {
  const db = new Database(file, { readonly: true });
  const row = db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number };
  db.close();
  return row.n;
}

describe('the SQLite store', () => {
  it('loads nothing for a document it never stored', async () => {
    const store = openSqliteStore(join(tempDir(), 'x.sqlite'));
    expect(await store.load('u/alice/library')).toBeNull();
    await store.close();
  });

  it('loads appended updates merged, each document on its own', async () => {
    const file = join(tempDir(), 'data', 'x.sqlite');
    const store = openSqliteStore(file);
    const { updates } = typing(['one ', 'two ', 'three']);
    for (const update of updates) await store.append('u/alice/library', update);
    await store.append('u/bob/library', typing(['bob']).updates[0] as Uint8Array);
    expect(textOf(await store.load('u/alice/library'))).toBe('one two three');
    expect(textOf(await store.load('u/bob/library'))).toBe('bob');
    expect(count(file, 'updates')).toBe(4);
    await store.close();
  });

  it('folds the appended updates into one snapshot when replacing, and appends after it', async () => {
    const file = join(tempDir(), 'x.sqlite');
    const store = openSqliteStore(file);
    const { updates, doc } = typing(['one ', 'two ']);
    for (const update of updates) await store.append('u/alice/library', update);
    expect(await store.replace('u/alice/library', Y.encodeStateAsUpdate(doc))).toBe(2);
    expect(count(file, 'updates')).toBe(0);
    expect(count(file, 'documents')).toBe(1);

    const before = Y.encodeStateVector(doc);
    doc.getText('t').insert(8, 'three');
    await store.append('u/alice/library', Y.encodeStateAsUpdate(doc, before));
    expect(textOf(await store.load('u/alice/library'))).toBe('one two three');
    await store.close();
  });

  it('keeps everything across closing and reopening', async () => {
    const file = join(tempDir(), 'x.sqlite');
    const first = openSqliteStore(file);
    const { updates, doc } = typing(['kept ', 'after ', 'restart']);
    await first.replace('u/alice/library', Y.encodeStateAsUpdate(doc));
    await first.append('u/bob/library', updates[0] as Uint8Array);
    await first.close();
    await first.close(); // closing twice is harmless

    const second = openSqliteStore(file);
    expect(textOf(await second.load('u/alice/library'))).toBe('kept after restart');
    expect(textOf(await second.load('u/bob/library'))).toBe('kept ');
    await second.close();
  });
});

describe('the message guard', () => {
  it('lets valid sync messages through and names the problem with garbage', () => {
    const { updates } = typing(['hello']);
    expect(problemWith(updateMessage('u/alice/library', updates[0] as Uint8Array))).toBeNull();
    const garbage = Uint8Array.from([255, 255, 255, 255, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(problemWith(updateMessage('u/alice/library', garbage))).toMatch(/not valid/);
    expect(problemWith(Uint8Array.from([200]))).toMatch(/ends early/);
  });
});
