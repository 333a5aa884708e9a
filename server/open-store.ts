// Which database the server keeps documents in: the SQLite file, or PostgreSQL when given one.
import type { DocumentStore } from './document-store';
import type { Log } from './log';
import { openPostgresStore } from './postgres-store';
import { openSqliteStore } from './sqlite-store';

export type OpenedStore = { store: DocumentStore; description: string };

export async function openStore(
  options: { dbFile: string; postgresUrl?: string | undefined },
  log: Log,
): Promise<OpenedStore> {
  if (options.postgresUrl === undefined) {
    return { store: openSqliteStore(options.dbFile), description: `db ${options.dbFile}` };
  }
  const store = await openPostgresStore(options.postgresUrl, { log });
  return { store, description: `postgres ${withoutPassword(options.postgresUrl)}` };
}

/** A connection URL fit for a log line: the password replaced by stars. */
export function withoutPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(an address that is not a URL)';
  }
}
