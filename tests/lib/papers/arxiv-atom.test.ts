import { readFileSync } from 'node:fs';
import { readArxivAtom } from '../../../src/lib/papers/arxiv-atom';

const recorded = (name: string) => readFileSync(`tests/fixtures/papers/${name}`, 'utf8');

describe("arXiv's Atom answer", () => {
  it('gives the title on one line, the authors in order, the year first published', () => {
    expect(readArxivAtom(recorded('arxiv-2406.05555.xml'), '2406.05555')).toEqual({
      kind: 'found',
      details: {
        title:
          'Fuzzing Deep Learning Compilers with Differential Testing: A Study of Miscompilations',
        authors: ['Ana Müller', 'Wei Zhang', 'José García'],
        venue: 'arXiv',
        year: 2024,
      },
    });
  });

  it('takes the journal reference as the venue, and reads old-style ids', () => {
    expect(readArxivAtom(recorded('arxiv-cs-0112017.xml'), 'cs/0112017')).toEqual({
      kind: 'found',
      details: {
        title: 'An Old-Style Identifier Paper',
        authors: ['Jane Doe'],
        venue: 'J. Old Res. 12 (2002)',
        year: 2001,
      },
    });
  });

  it('says not found for an empty feed, and passes on what an error entry says', () => {
    expect(readArxivAtom(recorded('arxiv-not-found.xml'), '2403.99999')).toEqual({
      kind: 'not-found',
    });
    expect(readArxivAtom(recorded('arxiv-error.xml'), '9999.99999')).toEqual({
      kind: 'not-found',
      detail: 'incorrect id format for 9999.99999',
    });
  });

  it('does not take another paper’s entry for the one asked about', () => {
    expect(readArxivAtom(recorded('arxiv-2406.05555.xml'), '2406.05556')).toEqual({
      kind: 'not-found',
    });
  });

  it('says unreadable for something that is not an Atom feed', () => {
    expect(readArxivAtom('<html><body>Rate exceeded.</body></html>', '2403.07648')).toEqual({
      kind: 'unreadable',
    });
    expect(readArxivAtom('not xml at all', '2403.07648')).toEqual({ kind: 'unreadable' });
  });
});
