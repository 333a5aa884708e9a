// @vitest-environment node
import { libraryDocumentName, userOfDocument } from '../../../src/lib/sync/document-name';

describe('userOfDocument', () => {
  it('reads back the user a library document was named for', () => {
    expect(userOfDocument(libraryDocumentName('alice'))).toBe('alice');
    expect(userOfDocument('u/bob.smith-2/library')).toBe('bob.smith-2');
  });

  it('gives null for a name that is not a whole library document name', () => {
    expect(userOfDocument('u/alice/notes')).toBeNull();
    expect(userOfDocument('backup/u/alice/library')).toBeNull();
    expect(userOfDocument('u/alice/library/old')).toBeNull();
    expect(userOfDocument('u/alice/bob/library')).toBeNull();
  });

  it('gives null for a user name the server would refuse', () => {
    expect(userOfDocument('u/.hidden/library')).toBeNull();
    expect(userOfDocument(`u/${'a'.repeat(65)}/library`)).toBeNull();
  });
});
