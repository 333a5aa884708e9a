// @vitest-environment node
// The PostgreSQL store on its own: what one server compacts never drops what another stored.
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openPostgresStore } from '../../server/postgres-store';
import { cleanUp, onCleanUp } from './helpers';
import { postgres } from './services';

afterEach(cleanUp);

const NAME = 'u/alice/library';

function textOf(state: Uint8Array | null): string {
  const doc = new Y.Doc();
  if (state) Y.applyUpdate(doc, state);
  return doc.getText('t').toString();
}

/** A device typing into its own copy; returns the update of each word. */
function typist(doc: Y.Doc) {
  return (word: string): Uint8Array => {
    const before = Y.encodeStateVector(doc);
    doc.getText('t').insert(doc.getText('t').length, word);
    return Y.encodeStateAsUpdate(doc, before);
  };
}

describe('the PostgreSQL store', () => {
  it('keeps updates another server stored when one compacts from a state that lacks them', async () => {
    const database = await postgres();
    const [one, two] = await Promise.all(
      [0, 1].map(() => openPostgresStore(database.url, { log: () => undefined })),
    );
    onCleanUp(async () => {
      await one?.close();
      await two?.close();
    });
    if (!one || !two) throw new Error('no store');
    expect(await one.load(NAME)).toBeNull();

    const first = new Y.Doc();
    await one.append(NAME, typist(first)('one '));
    // The second server's device has the first word, then types one the first never hears of.
    const second = new Y.Doc();
    Y.applyUpdate(second, Y.encodeStateAsUpdate(first));
    await two.append(NAME, typist(second)('two '));

    // The first server compacts from its own document, which lacks "two".
    expect(await one.replace(NAME, Y.encodeStateAsUpdate(first))).toBe(2);
    expect(textOf(await two.load(NAME))).toBe('one two ');
    await one.append(NAME, typist(first)('three'));
    expect(await two.replace(NAME, Y.encodeStateAsUpdate(second))).toBe(1);
    expect(textOf(await one.load(NAME))).toMatch(/^one (two three|threetwo )$/);
    expect(await one.names()).toEqual([NAME]);
  }, 30_000);
});
