// The sync server's command line: reads flags and the environment, then prints a token, copies
// a SQLite store into PostgreSQL, or runs the server until SIGTERM or SIGINT.
import { existsSync } from 'node:fs';
import { stdoutLog, describeError } from './log';
import { migrateDocuments } from './migrate-store';
import { USAGE, parseCommand } from './options';
import type { MigrateCommand } from './options';
import type { ServeCommand } from './options';
import { openPostgresStore } from './postgres-store';
import { loadSecret } from './secret';
import { openSqliteStore } from './sqlite-store';
import { startSyncServer } from './sync-server';
import { tokenOutput } from './token-command';

async function main(argv: string[]): Promise<number> {
  const command = parseCommand(argv);
  if ('error' in command) {
    process.stderr.write(`readmark-sync: ${command.error}\n`);
    return 2;
  }
  if (command.command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (command.command === 'migrate-store') return migrate(command);
  const secret = loadSecret(command.dbFile);
  if (command.command === 'token') {
    process.stdout.write(`${(await tokenOutput(command, secret)).join('\n')}\n`);
    return 0;
  }
  await serve(command, secret.value, secret.source);
  return 0;
}

async function migrate(command: MigrateCommand): Promise<number> {
  if (!existsSync(command.dbFile)) {
    process.stderr.write(`readmark-sync: there is no SQLite store at ${command.dbFile}\n`);
    return 2;
  }
  const from = openSqliteStore(command.dbFile);
  const to = await openPostgresStore(command.postgresUrl, { log: stdoutLog });
  try {
    const report = await migrateDocuments(from, to, (copied, total) => {
      if (copied % 100 === 0 || copied === total) stdoutLog(`copied ${copied} of ${total}`);
    });
    if (report.mismatched.length > 0) {
      stdoutLog(
        `${report.mismatched.length} of ${report.copied} documents differ in PostgreSQL after the copy: ${report.mismatched.join(', ')}`,
      );
      return 1;
    }
    stdoutLog(`copied ${report.copied} documents; each reads back with the same state`);
    return 0;
  } finally {
    await from.close();
    await to.close();
  }
}

async function serve(command: ServeCommand, secret: string, secretSource: string): Promise<void> {
  // Hocuspocus leaves some promises unawaited; one failing must not stop everyone's sync.
  process.on('unhandledRejection', (error) => {
    stdoutLog(`unexpected error (the server keeps running): ${describeError(error)}`);
  });
  const server = await startSyncServer({ ...command, secret, secretSource, log: stdoutLog });
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    // on, not once: stop() runs once, and a repeated signal (a second Ctrl-C, or tsx passing the
    // signal on) must not fall back to Node's default of exiting at once.
    process.on(signal, () => {
      server.stop(signal).then(
        () => process.exit(0),
        (error: unknown) => {
          stdoutLog(`could not stop cleanly: ${describeError(error)}`);
          process.exit(1);
        },
      );
    });
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    // The server keeps the process alive by its open socket; the token command ends here.
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`readmark-sync: ${describeError(error)}\n`);
    process.exit(1);
  },
);
