// The DocumentStore on PostgreSQL, for several servers sharing one database. Each call resolves
// once PostgreSQL has committed. While PostgreSQL is away (a restart), calls wait and retry for
// up to `retryForMs`; an update is therefore acknowledged late, never before it is stored.
import pg from 'pg';
import * as Y from 'yjs';
import { batchedAppends } from './batched-appends';
import type { DocumentStore } from './document-store';
import { foldUpdates } from './fold-updates';
import { describeError } from './log';
import type { Log } from './log';
import { retrying } from './retry';

export const DEFAULT_RETRY_FOR_MS = 30_000;

// Numbered schema steps, applied in order and recorded in readmark_schema; append, never edit.
const MIGRATIONS = [
  `CREATE TABLE readmark_documents (
     name text PRIMARY KEY,
     state bytea NOT NULL,
     stored_at timestamptz NOT NULL
   );
   CREATE TABLE readmark_updates (
     id bigserial PRIMARY KEY,
     name text NOT NULL,
     data bytea NOT NULL
   );
   CREATE INDEX readmark_updates_by_name ON readmark_updates (name, id);`,
];

// Any fixed number: the advisory lock that lets only one starting server migrate at a time.
const MIGRATION_LOCK = 7_261_001;

// Commits under way at once; the rest of the pool stays free for loads and compactions.
const APPEND_COMMITS_AT_ONCE = 4;

type PostgresStoreOptions = { log: Log; retryForMs?: number };

export async function openPostgresStore(
  url: string,
  options: PostgresStoreOptions,
): Promise<DocumentStore> {
  const { log } = options;
  const pool = new pg.Pool({ connectionString: url, max: 8, connectionTimeoutMillis: 5000 });
  // An idle connection that PostgreSQL closes (a restart) is reported here; without a listener
  // the pool would throw it and end the process. The pool drops that connection by itself.
  pool.on('error', (error) => log(`PostgreSQL closed a connection: ${describeError(error)}`));

  let away = false;
  const retry = <T>(operation: () => Promise<T>): Promise<T> =>
    retrying(operation, {
      forMs: options.retryForMs ?? DEFAULT_RETRY_FOR_MS,
      onRetry: (error) => {
        if (away) return;
        away = true;
        log(`PostgreSQL is not answering (${describeError(error)}); writes wait and retry`);
      },
    }).then((result) => {
      if (away) {
        away = false;
        log('PostgreSQL answers again');
      }
      return result;
    });

  try {
    await retry(() => transaction(pool, (client) => migrate(client)));
  } catch (error) {
    await pool.end();
    throw error;
  }

  // One statement for a whole batch: one round trip and one commit.
  const appends = batchedAppends(async (rows) => {
    await retry(() =>
      pool.query(
        'INSERT INTO readmark_updates (name, data) SELECT * FROM unnest($1::text[], $2::bytea[])',
        [rows.map((row) => row.name), rows.map((row) => Buffer.from(row.update))],
      ),
    );
  }, APPEND_COMMITS_AT_ONCE);

  return {
    async load(name) {
      // One statement, so it reads one consistent moment even while another server compacts.
      const { rows } = await retry(() =>
        pool.query<{ data: Uint8Array }>(
          `SELECT data FROM (
             SELECT 0 AS part, 0::bigint AS id, state AS data FROM readmark_documents WHERE name = $1
             UNION ALL
             SELECT 1, id, data FROM readmark_updates WHERE name = $1
           ) AS stored ORDER BY part, id`,
          [name],
        ),
      );
      const parts = rows.map((row) => new Uint8Array(row.data));
      if (parts.length === 0) return null;
      return parts.length === 1 ? (parts[0] as Uint8Array) : Y.mergeUpdates(parts);
    },
    // A retry after a lost reply may store an update twice; Yjs applies it once.
    append: appends.append,
    replace(name, state) {
      return retry(() => transaction(pool, (client) => replaceIn(client, name, state)));
    },
    async names() {
      const { rows } = await retry(() =>
        pool.query<{ name: string }>(
          'SELECT name FROM readmark_documents UNION SELECT name FROM readmark_updates ORDER BY name',
        ),
      );
      return rows.map((row) => row.name);
    },
    async ping() {
      await pool.query('SELECT 1');
    },
    async close() {
      await appends.drain();
      await pool.end();
    },
  };
}

async function replaceIn(client: pg.PoolClient, name: string, state: Uint8Array): Promise<number> {
  // Two servers compacting one document take turns; each folds in what the other left.
  await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [name]);
  const snapshot = await client.query<{ state: Uint8Array }>(
    'SELECT state FROM readmark_documents WHERE name = $1',
    [name],
  );
  const updates = await client.query<{ id: string; data: Uint8Array }>(
    'SELECT id, data FROM readmark_updates WHERE name = $1 ORDER BY id',
    [name],
  );
  const stored = [...snapshot.rows.map((row) => row.state), ...updates.rows.map((row) => row.data)];
  await client.query(
    `INSERT INTO readmark_documents (name, state, stored_at) VALUES ($1, $2, now())
     ON CONFLICT (name) DO UPDATE SET state = excluded.state, stored_at = excluded.stored_at`,
    [name, Buffer.from(foldUpdates(state, stored))],
  );
  // By id, not "up to an id": a row committed meanwhile by another server may have a lower id.
  const deleted = await client.query('DELETE FROM readmark_updates WHERE id = ANY($1::bigint[])', [
    updates.rows.map((row) => row.id),
  ]);
  return deleted.rowCount ?? 0;
}

async function migrate(client: pg.PoolClient): Promise<void> {
  await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
  await client.query('CREATE TABLE IF NOT EXISTS readmark_schema (version integer NOT NULL)');
  const { rows } = await client.query<{ version: number }>('SELECT version FROM readmark_schema');
  const version = rows[0]?.version ?? 0;
  for (const sql of MIGRATIONS.slice(version)) await client.query(sql);
  if (rows.length === 0)
    await client.query('INSERT INTO readmark_schema VALUES ($1)', [MIGRATIONS.length]);
  else await client.query('UPDATE readmark_schema SET version = $1', [MIGRATIONS.length]);
}

async function transaction<T>(
  pool: pg.Pool,
  work: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    client.release();
    return result;
  } catch (error) {
    // A connection that failed mid-transaction is not given back to the pool for reuse.
    await client.query('ROLLBACK').catch(() => undefined);
    client.release(error instanceof Error ? error : true);
    throw error;
  }
}
