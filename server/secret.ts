// The key that signs and checks tokens. An operator may pass one in READMARK_SYNC_SECRET (both
// the server and the token command must see the same one); otherwise the first start writes a
// random one next to the database, readable by its owner only, and later starts reuse it.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const SECRET_ENV = 'READMARK_SYNC_SECRET';
export const SECRET_FILE_NAME = 'sync-secret';

// HS256 is only as strong as its key: a short one can be guessed from any token it signed.
const MIN_SECRET_LENGTH = 32;

export type Secret = { value: string; source: string };

export function secretFileFor(dbFile: string): string {
  return join(dirname(dbFile), SECRET_FILE_NAME);
}

/** The secret from the environment, else from (or newly into) the file beside the database. */
export function loadSecret(dbFile: string, env: NodeJS.ProcessEnv = process.env): Secret {
  const fromEnv = env[SECRET_ENV];
  if (fromEnv !== undefined && fromEnv !== '') {
    return { value: checked(fromEnv.trim(), SECRET_ENV), source: SECRET_ENV };
  }
  const file = secretFileFor(dbFile);
  return { value: checked(readOrCreate(file), file), source: file };
}

function readOrCreate(file: string): string {
  mkdirSync(dirname(file), { recursive: true });
  try {
    // 'wx' fails when the file exists, so two first starts at once cannot each write their own.
    writeFileSync(file, `${randomBytes(32).toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return readFileSync(file, 'utf8').trim();
}

function checked(secret: string, source: string): string {
  if (secret.length < MIN_SECRET_LENGTH) {
    throw new Error(
      `the secret in ${source} is shorter than ${MIN_SECRET_LENGTH} characters; use e.g. the output of: openssl rand -base64 32`,
    );
  }
  return secret;
}
