// @vitest-environment node
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SignJWT, UnsecuredJWT } from 'jose';
import { afterEach, describe, expect, it } from 'vitest';
import { SECRET_ENV, loadSecret } from '../../server/secret';
import { parseDuration, signToken, verifyToken } from '../../server/tokens';
import { SECRET, cleanUp, tempDir } from './helpers';

afterEach(cleanUp);

describe('tokens', () => {
  it('names the user they were signed for', async () => {
    const token = await signToken(SECRET, 'alice');
    expect(await verifyToken(SECRET, token)).toEqual({ user: 'alice' });
  });

  it('are refused once expired, and accepted before', async () => {
    const hourAgo = new Date(Date.now() - 3600_000);
    const expired = await signToken(SECRET, 'alice', { expiresInSeconds: 10, now: hourAgo });
    expect(await verifyToken(SECRET, expired)).toEqual({ refused: 'the token has expired' });
    const fresh = await signToken(SECRET, 'alice', { expiresInSeconds: 30 * 86_400 });
    expect(await verifyToken(SECRET, fresh)).toEqual({ user: 'alice' });
  });

  it('are refused when signed with another secret, garbage, unsigned or empty', async () => {
    const otherSecret = await signToken(`${SECRET}-other`, 'alice');
    const unsigned = new UnsecuredJWT({ sub: 'alice' }).encode();
    for (const token of [otherSecret, 'not-a-token', 'a.b.c', unsigned, `${otherSecret}x`]) {
      expect(await verifyToken(SECRET, token)).toEqual({ refused: 'the token is not valid' });
    }
    expect(await verifyToken(SECRET, '')).toEqual({ refused: 'no token' });
  });

  it('are refused when they name no valid user', async () => {
    const key = new TextEncoder().encode(SECRET);
    const noSubject = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).sign(key);
    const badSubject = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('../bob')
      .sign(key);
    expect(await verifyToken(SECRET, noSubject)).toEqual({ refused: 'the token is not valid' });
    expect(await verifyToken(SECRET, badSubject)).toEqual({ refused: 'the token is not valid' });
    await expect(signToken(SECRET, 'a/b')).rejects.toThrow('not a valid user name');
  });

  it('read durations in seconds, minutes, hours, days and weeks', () => {
    expect(parseDuration('10s')).toBe(10);
    expect(parseDuration('15m')).toBe(900);
    expect(parseDuration('1h')).toBe(3600);
    expect(parseDuration('30d')).toBe(2_592_000);
    expect(parseDuration('2w')).toBe(1_209_600);
    for (const text of ['', '0d', '1', 'd', '1y', '-1h', '1.5h', '1 h']) {
      expect(parseDuration(text)).toBeNull();
    }
  });
});

describe('the secret', () => {
  it('is created beside the database, readable by its owner only, and reused', () => {
    const dir = tempDir();
    const db = join(dir, 'nested', 'x.sqlite');
    const first = loadSecret(db, {});
    const file = join(dir, 'nested', 'sync-secret');
    expect(first.source).toBe(file);
    expect(first.value).toMatch(/^[A-Za-z0-9_-]{43}$/); // 32 random bytes in base64url
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(loadSecret(db, {}).value).toBe(first.value);
    expect(readFileSync(file, 'utf8').trim()).toBe(first.value);
  });

  it('comes from READMARK_SYNC_SECRET when set, which must be long enough', () => {
    const db = join(tempDir(), 'x.sqlite');
    expect(loadSecret(db, { [SECRET_ENV]: SECRET })).toEqual({ value: SECRET, source: SECRET_ENV });
    expect(() => loadSecret(db, { [SECRET_ENV]: 'short' })).toThrow('shorter than 32 characters');
  });
});
