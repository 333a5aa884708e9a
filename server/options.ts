// The command line, read into plain values. Mistakes come back as one-line messages for main.ts
// to print; nothing here touches the disk or the network.
import { parseArgs } from 'node:util';
import { isValidUser } from '../src/lib/sync/document-name';
import { DEFAULT_MAX_CONNECTIONS_PER_MINUTE } from './limits';
import { parseDuration } from './tokens';

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 1234;
export const DEFAULT_DB_FILE = './data/readmark-sync.sqlite';
export const DEFAULT_SERVER_URL = `ws://${DEFAULT_HOST}:${DEFAULT_PORT}`;

export const USAGE = `Usage:
  npm run sync-server -- [--host H] [--port P] [--db FILE] [--max-connections-per-minute N]
                         [--postgres postgresql://user:password@host:port/db [--redis redis://host:port]]
  npm run sync-server -- token <user> [--expires 30d|12h|15m|10s] [--db FILE] [--server ws://host:port]
  npm run sync-server -- migrate-store --db FILE --postgres postgresql://...
The secret that signs tokens comes from READMARK_SYNC_SECRET, else from the file sync-secret beside
the database (created on first use). --port 0 picks a free port; --max-connections-per-minute 0
turns the per-address limit off (default ${DEFAULT_MAX_CONNECTIONS_PER_MINUTE}). --postgres keeps
documents in PostgreSQL instead of the SQLite file; --redis lets several servers on that database
serve the same users. migrate-store copies every document from the SQLite file into PostgreSQL
and checks each copy.`;

export type ServeCommand = {
  command: 'serve';
  host: string;
  port: number;
  dbFile: string;
  maxConnectionsPerMinute: number;
  postgresUrl?: string;
  redisUrl?: string;
};

export type MigrateCommand = { command: 'migrate-store'; dbFile: string; postgresUrl: string };

export type TokenCommand = {
  command: 'token';
  user: string;
  expiresInSeconds: number | undefined;
  dbFile: string;
  serverUrl: string;
};

export type Command = ServeCommand | TokenCommand | MigrateCommand | { command: 'help' };

/** A mistake on the command line, said in one line. */
export type CommandError = { error: string };

const SERVE_ONLY = ['host', 'port', 'max-connections-per-minute', 'redis'] as const;
const TOKEN_ONLY = ['expires', 'server'] as const;

export function parseCommand(argv: string[]): Command | CommandError {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        host: { type: 'string' },
        port: { type: 'string' },
        db: { type: 'string' },
        'max-connections-per-minute': { type: 'string' },
        expires: { type: 'string' },
        server: { type: 'string' },
        postgres: { type: 'string' },
        redis: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: 'help' };
  const dbFile = values.db ?? DEFAULT_DB_FILE;
  if (dbFile === '') return { error: '--db needs a file name' };
  const [first, ...rest] = positionals;

  const postgresUrl = values.postgres;
  if (postgresUrl !== undefined && !/^postgres(ql)?:\/\/\S+$/.test(postgresUrl)) {
    return { error: '--postgres needs a connection URL: postgresql://user:password@host:port/db' };
  }

  if (first === 'migrate-store') {
    const misplaced = [...SERVE_ONLY, ...TOKEN_ONLY].find((name) => values[name] !== undefined);
    if (misplaced) return { error: `--${misplaced} is not for migrate-store` };
    if (rest.length > 0) return { error: 'migrate-store takes no names, only --db and --postgres' };
    if (values.db === undefined || postgresUrl === undefined) {
      return { error: 'migrate-store needs both --db FILE and --postgres URL' };
    }
    return { command: 'migrate-store', dbFile, postgresUrl };
  }

  if (first === 'token') {
    const misplaced = [...SERVE_ONLY, 'postgres' as const].find(
      (name) => values[name] !== undefined,
    );
    if (misplaced) return { error: `--${misplaced} is for starting the server, not for token` };
    if (rest.length !== 1) return { error: 'token needs exactly one user name: token <user>' };
    const user = rest[0] as string;
    if (!isValidUser(user)) {
      return {
        error: `not a valid user name: ${JSON.stringify(user)} (1 to 64 letters, digits, dots, dashes or underscores, not starting with a dot, dash or underscore)`,
      };
    }
    let expiresInSeconds: number | undefined;
    if (values.expires !== undefined) {
      const seconds = parseDuration(values.expires);
      if (seconds === null) {
        return {
          error: `--expires ${JSON.stringify(values.expires)}: use e.g. 30d, 12h, 15m or 10s`,
        };
      }
      expiresInSeconds = seconds;
    }
    const serverUrl = values.server ?? DEFAULT_SERVER_URL;
    if (!/^wss?:\/\/[^\s,#]+$/.test(serverUrl)) {
      return { error: `--server ${JSON.stringify(serverUrl)}: use ws://host:port or wss://host` };
    }
    return { command: 'token', user, expiresInSeconds, dbFile, serverUrl };
  }

  if (first !== undefined)
    return { error: `unknown command ${JSON.stringify(first)} (see --help)` };
  const misplaced = TOKEN_ONLY.find((name) => values[name] !== undefined);
  if (misplaced) return { error: `--${misplaced} is for the token command` };
  const port = wholeNumber(values.port, DEFAULT_PORT);
  if (port === null || port > 65_535) return { error: '--port must be a number from 0 to 65535' };
  const maxConnectionsPerMinute = wholeNumber(
    values['max-connections-per-minute'],
    DEFAULT_MAX_CONNECTIONS_PER_MINUTE,
  );
  if (maxConnectionsPerMinute === null) {
    return { error: '--max-connections-per-minute must be a whole number (0 for no limit)' };
  }
  const host = values.host ?? DEFAULT_HOST;
  if (host === '') return { error: '--host needs an address' };
  const redisUrl = values.redis;
  if (redisUrl !== undefined) {
    if (!/^rediss?:\/\/\S+$/.test(redisUrl)) {
      return { error: '--redis needs a URL: redis://host:port' };
    }
    // Servers that pass edits to each other must also read and write the same documents.
    if (postgresUrl === undefined) return { error: '--redis needs --postgres as well' };
  }
  return {
    command: 'serve',
    host,
    port,
    dbFile,
    maxConnectionsPerMinute,
    ...(postgresUrl === undefined ? {} : { postgresUrl }),
    ...(redisUrl === undefined ? {} : { redisUrl }),
  };
}

function wholeNumber(text: string | undefined, fallback: number): number | null {
  if (text === undefined) return fallback;
  return /^\d{1,9}$/.test(text) ? Number(text) : null;
}
