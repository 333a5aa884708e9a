// `migrate-store`: copies every document from a SQLite store into PostgreSQL, then reads each
// one back from PostgreSQL and checks it holds exactly the state it held in SQLite.
import * as Y from 'yjs';
import type { DocumentStore } from './document-store';

export type MigrationReport = { copied: number; mismatched: string[] };

export async function migrateDocuments(
  from: DocumentStore,
  to: DocumentStore,
  progress: (copied: number, total: number) => void,
): Promise<MigrationReport> {
  const names = await from.names();
  const mismatched: string[] = [];
  for (const [index, name] of names.entries()) {
    const state = await from.load(name);
    if (state === null) continue;
    await to.replace(name, state);
    const copy = await to.load(name);
    if (copy === null || !sameState(state, copy)) mismatched.push(name);
    progress(index + 1, names.length);
  }
  return { copied: names.length, mismatched };
}

/** Whether two updates make the same document: equal state encoded from each, byte for byte. */
export function sameState(a: Uint8Array, b: Uint8Array): boolean {
  const [left, right] = [a, b].map((update) => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, update);
    return Y.encodeStateAsUpdate(doc);
  }) as [Uint8Array, Uint8Array];
  return Buffer.from(left).equals(Buffer.from(right));
}
