// @vitest-environment node
import { bibtexSummary, skippedLine } from '../../../src/lib/papers/bibtex-report';

describe('the Import BibTeX report', () => {
  it('says how many came in, were already there and were skipped', () => {
    expect(bibtexSummary('library.bib', { added: 43, alreadyThere: 1, conflicts: 0 }, 6)).toBe(
      'From library.bib: 43 papers added to My papers, 1 was already there (notes and tags merged), 6 entries skipped.',
    );
    expect(bibtexSummary('a.bib', { added: 1, alreadyThere: 2, conflicts: 2 }, 1)).toBe(
      'From a.bib: 1 paper added to My papers, 2 were already there (notes and tags merged), 1 entry skipped. 2 notes differed from yours: both texts are kept.',
    );
  });

  it('says a single differing note in the singular', () => {
    expect(bibtexSummary('a.bib', { added: 0, alreadyThere: 1, conflicts: 1 }, 0)).toBe(
      'From a.bib: 0 papers added to My papers, 1 was already there (notes and tags merged), 0 entries skipped. 1 note differed from yours: both texts are kept.',
    );
  });

  it('names each skipped entry by its key and line, or its line alone', () => {
    expect(skippedLine({ key: 'smith2020', line: 44, reason: 'it has no title' })).toBe(
      'smith2020 (line 44): it has no title',
    );
    expect(skippedLine({ key: null, line: 3, reason: 'it could not be read: x' })).toBe(
      'line 3: it could not be read: x',
    );
  });
});
