// @vitest-environment node
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_DB_FILE, parseCommand } from '../../server/options';
import { verifyToken } from '../../server/tokens';
import { SECRET, cleanUp, tempDir } from './helpers';

afterEach(cleanUp);

const run = promisify(execFile);

/** `tsx server/main.ts ...args`, as `npm run sync-server -- ...args` runs it. */
async function syncServer(args: string[], env: NodeJS.ProcessEnv = {}) {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', 'server/main.ts', ...args],
      { env: { ...process.env, ...env } },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('the command line', () => {
  it('reads the server flags, with defaults', () => {
    expect(parseCommand([])).toEqual({
      command: 'serve',
      host: '127.0.0.1',
      port: 1234,
      dbFile: DEFAULT_DB_FILE,
      maxConnectionsPerMinute: 120,
    });
    expect(
      parseCommand([
        '--host',
        '0.0.0.0',
        '--port',
        '0',
        '--db',
        'x.sqlite',
        '--max-connections-per-minute',
        '0',
      ]),
    ).toEqual({
      command: 'serve',
      host: '0.0.0.0',
      port: 0,
      dbFile: 'x.sqlite',
      maxConnectionsPerMinute: 0,
    });
  });

  it('reads --postgres, --redis and migrate-store', () => {
    const postgres = 'postgresql://readmark:pw@db.example:5432/readmark';
    expect(parseCommand(['--postgres', postgres, '--redis', 'redis://cache:6379'])).toMatchObject({
      command: 'serve',
      postgresUrl: postgres,
      redisUrl: 'redis://cache:6379',
    });
    expect(parseCommand(['migrate-store', '--db', 'x.sqlite', '--postgres', postgres])).toEqual({
      command: 'migrate-store',
      dbFile: 'x.sqlite',
      postgresUrl: postgres,
    });
  });

  it('says what is wrong with a flag in one line', () => {
    for (const argv of [
      ['--port', '70000'],
      ['--port', 'x'],
      ['--nope'],
      ['--expires', '1d'],
      ['token'],
      ['token', 'alice', '--expires', '1y'],
      ['token', 'alice', '--port', '1'],
      ['token', 'alice', '--server', 'http://x'],
      ['serve'],
      ['--postgres', 'mysql://x'],
      ['--redis', 'redis://cache:6379'],
      ['--postgres', 'postgresql://x/y', '--redis', 'http://cache'],
      ['migrate-store', '--db', 'x.sqlite'],
      ['migrate-store', '--postgres', 'postgresql://x/y'],
      ['token', 'alice', '--postgres', 'postgresql://x/y'],
    ]) {
      const parsed = parseCommand(argv);
      expect(parsed).toHaveProperty('error');
      expect('error' in parsed && parsed.error).not.toContain('\n');
    }
  });

  it('prints a hint with the #sync link fragment, then the token alone on the last line', async () => {
    const db = join(tempDir(), 'x.sqlite');
    const { code, stdout } = await syncServer(
      ['token', 'alice', '--expires', '1h', '--db', db, '--server', 'ws://sync.example:9000'],
      { READMARK_SYNC_SECRET: SECRET },
    );
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    const token = lines.at(-1) as string;
    expect(await verifyToken(SECRET, token)).toEqual({ user: 'alice' });
    expect(lines.at(-2)).toContain(
      `open the app's address followed by #sync=ws://sync.example:9000,${token}`,
    );
    expect(lines.at(-2)).toMatch(/expires \d{4}-\d\d-\d\dT/);
  });

  it('refuses an invalid user name with one line and exit code 2', async () => {
    const { code, stdout, stderr } = await syncServer([
      'token',
      'not/valid',
      '--db',
      join(tempDir(), 'x.sqlite'),
    ]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toEqual([
      expect.stringContaining('not a valid user name'),
    ]);
  });
});
