// @vitest-environment node
import { listFileSizeError, MAX_LIST_BYTES } from '../../../src/lib/lists/list-limits';

const MB = 1024 * 1024;

describe('listFileSizeError', () => {
  it('lets a catalogue JSON file up to its limit through, and refuses one byte more', () => {
    expect(listFileSizeError('catalogue.json', 12 * MB)).toBeUndefined();
    expect(listFileSizeError('catalogue.json', MAX_LIST_BYTES)).toBeUndefined();
    expect(listFileSizeError('Catalogue.JSON', MAX_LIST_BYTES + 1)).toBe(
      'Catalogue.JSON was refused: it is 20.1 MB, over the 20 MB limit for a catalogue JSON file.',
    );
  });

  it('judges any other file as Markdown, with its smaller limit', () => {
    expect(listFileSizeError('README.md', 2 * MB)).toBeUndefined();
    expect(listFileSizeError('README.md', 6 * MB)).toBe(
      'README.md was refused: it is 6 MB of Markdown, over the 5 MB limit for a list.',
    );
    // Only the ending counts: this is a Markdown file of 12 MB, too big as one.
    expect(listFileSizeError('catalogue.json.md', 12 * MB)).toBe(
      'catalogue.json.md was refused: it is 12 MB of Markdown, over the 5 MB limit for a list.',
    );
  });
});
