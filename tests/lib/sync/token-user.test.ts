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
    expect(tokenUser(`x.${encode({ sub: '' })}.y`)).toBeNull();
    expect(tokenUser(`x.${encode({ sub: 42 })}.y`)).toBeNull();
  });

  it('reads a payload that uses the two letters base64url has in place of + and /', () => {
    const dash = encode({ sub: 'alice', name: 'alice <alice@example.org>' });
    const underscore = encode({ sub: 'dave', name: 'dave (reading group?)' });
    expect([dash.includes('-'), underscore.includes('_')]).toEqual([true, true]);
    expect(tokenUser(`x.${dash}.y`)).toBe('alice');
    expect(tokenUser(`x.${underscore}.y`)).toBe('dave');
  });

  it('reads payloads of every length, which base64url leaves unpadded', () => {
    for (const sub of ['al', 'ali', 'alic', 'alice']) {
      expect(tokenUser(`x.${encode({ sub })}.y`)).toBe(sub);
    }
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
    expect(parseSyncLink('#notes#sync=ws://127.0.0.1:1234,abc.def.ghi')).toBeNull();
    // The token runs to the end: a line break means the link was cut or joined with something.
    expect(parseSyncLink('#sync=ws://127.0.0.1:1234,abc.def.ghi\nSee you')).toBeNull();
    expect(parseSyncLink('#sync=https://example.org,abc')).toBeNull();
    expect(isSyncAddress('wss://sync.example.org')).toBe(true);
    expect(isSyncAddress('sync.example.org')).toBe(false);
  });
});
