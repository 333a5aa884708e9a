// @vitest-environment node
import { isValidUser, libraryDocumentName } from '../../../src/lib/sync/document-name';

describe('libraryDocumentName', () => {
  it('names the library of a user under u/<user>/', () => {
    expect(libraryDocumentName('bob.smith-2')).toBe('u/bob.smith-2/library');
  });
});

describe('isValidUser', () => {
  it('takes letters, digits, dot, dash and underscore, up to 64 of them', () => {
    expect(isValidUser('alice')).toBe(true);
    expect(isValidUser('Bob.Smith-2_x')).toBe(true);
    expect(isValidUser('a'.repeat(64))).toBe(true);
  });

  it('refuses what could escape a name, a log line or a path', () => {
    for (const user of ['', '.hidden', '-dash', 'a/b', 'a b', 'a\nb', 'ü', 'a'.repeat(65)]) {
      expect(isValidUser(user)).toBe(false);
    }
  });
});
