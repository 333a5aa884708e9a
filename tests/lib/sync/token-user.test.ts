import { isSyncAddress, parseSyncLink, tokenUser } from '../../../src/lib/sync/token-user';

const encode = (value: object) =>
  btoa(JSON.stringify(value)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

describe('tokenUser', () => {
  it('reads the user a token names', () => {
    expect(tokenUser(`${encode({ alg: 'HS256' })}.${encode({ sub: 'alice' })}.sig`)).toBe('alice');
  });

  it('gives null for what is not a token', () => {
    expect(tokenUser('garbage')).toBeNull();
    expect(tokenUser('a.%%%.c')).toBeNull();
    expect(tokenUser(`x.${encode({ name: 'no sub' })}.y`)).toBeNull();
  });
});

describe('parseSyncLink', () => {
  it('reads the address and the token of a link', () => {
    expect(parseSyncLink('#sync=ws://127.0.0.1:1234,abc.def.ghi')).toEqual({
      server: 'ws://127.0.0.1:1234',
      token: 'abc.def.ghi',
    });
  });

  it('ignores other fragments and addresses that are not ws(s)', () => {
    expect(parseSyncLink('#notes')).toBeNull();
    expect(parseSyncLink('#sync=https://example.org,abc')).toBeNull();
    expect(isSyncAddress('wss://sync.example.org')).toBe(true);
    expect(isSyncAddress('sync.example.org')).toBe(false);
  });
});
