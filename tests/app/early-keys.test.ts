import { keepEarlyKeys, takeEarlyKeys } from '../../src/app/early-keys';

describe('early keys', () => {
  it('keeps the keys pressed before the shortcuts load, once', () => {
    keepEarlyKeys();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: '?' }));
    document.dispatchEvent(new KeyboardEvent('keydown', { key: '/' }));
    expect(takeEarlyKeys().map((event) => event.key)).toEqual(['?', '/']);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'j' }));
    expect(takeEarlyKeys()).toEqual([]);
  });
});
