// The DocumentStore on one SQLite file. better-sqlite3 is synchronous, so a call resolves after
// SQLite has committed (appends that arrive together are committed together); WAL lets other readers (a backup, a test) open the file meanwhile.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import * as Y from 'yjs';
import { batchedAppends } from './batched-appends';
import type { AppendRow } from './batched-appends';
import type { DocumentStore } from './document-store';
import { foldUpdates } from './fold-updates';

// Numbered schema steps, applied in order and recorded in user_version; append, never edit.
const MIGRATIONS = [
  `CREATE TABLE documents (
     name TEXT PRIMARY KEY,
     state BLOB NOT NULL,
     stored_at TEXT NOT NULL
   );
   CREATE TABLE updates (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     name TEXT NOT NULL,
     data BLOB NOT NULL
   );
   CREATE INDEX updates_by_name ON updates (name, id);`,
];

type Row = { data: Uint8Array };
type NumberedRow = Row & { id: number };

export function openSqliteStore(file: string): DocumentStore {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  // FULL syncs the log on every commit: an acknowledged write survives a power cut, not only a crash.
  db.pragma('synchronous = FULL');
  migrate(db);

  const selectState = db.prepare<[string], Row>(
    'SELECT state AS data FROM documents WHERE name = ?',
  );
  const selectUpdates = db.prepare<[string], NumberedRow>(
    'SELECT id, data FROM updates WHERE name = ? ORDER BY id',
  );
  const selectNames = db.prepare<[], { name: string }>(
    'SELECT name FROM documents UNION SELECT name FROM updates ORDER BY name',
  );
  const insertUpdate = db.prepare('INSERT INTO updates (name, data) VALUES (?, ?)');
  const insertUpdates = db.transaction((rows: AppendRow[]) => {
    for (const row of rows) insertUpdate.run(row.name, row.update);
  });
  const appends = batchedAppends(async (rows) => insertUpdates(rows));
  const upsertState = db.prepare(
    `INSERT INTO documents (name, state, stored_at) VALUES (?, ?, ?)
     ON CONFLICT (name) DO UPDATE SET state = excluded.state, stored_at = excluded.stored_at`,
  );
  const deleteUpdatesUpTo = db.prepare('DELETE FROM updates WHERE name = ? AND id <= ?');
  // One transaction, so a crash leaves either the old snapshot and its updates or the new one.
  const replace = db.transaction((name: string, state: Uint8Array): number => {
    const snapshot = selectState.get(name)?.data;
    const rows = selectUpdates.all(name);
    const stored = rows.map((row) => row.data);
    upsertState.run(
      name,
      foldUpdates(state, snapshot ? [snapshot, ...stored] : stored),
      new Date().toISOString(),
    );
    const last = rows.at(-1);
    // Nothing can be appended inside this synchronous transaction, so "up to the last id read"
    // is exactly the rows folded in.
    return last ? deleteUpdatesUpTo.run(name, last.id).changes : 0;
  });

  return {
    async load(name) {
      const snapshot = selectState.get(name)?.data;
      const updates = selectUpdates.all(name).map((row) => row.data);
      const parts = snapshot ? [snapshot, ...updates] : updates;
      if (parts.length === 0) return null;
      return parts.length === 1 ? new Uint8Array(parts[0] as Uint8Array) : Y.mergeUpdates(parts);
    },
    append: appends.append,
    async replace(name, state) {
      return replace(name, state);
    },
    async names() {
      return selectNames.all().map((row) => row.name);
    },
    async ping() {
      db.prepare('SELECT 1').get();
    },
    async close() {
      await appends.drain();
      if (db.open) db.close();
    },
  };
}

function migrate(db: Database.Database): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  MIGRATIONS.slice(version).forEach((sql, index) => {
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${version + index + 1}`);
    })();
  });
}
