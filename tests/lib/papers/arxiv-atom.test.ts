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

  const feedOf = (entry: string) =>
    `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="html">ArXiv Query: id_list=2406.05555</title>
  <entry>${entry}</entry>
</feed>`;

  it('trims the spaces around the title and drops an author without a name', () => {
    const xml = feedOf(`
    <id>http://arxiv.org/abs/2406.05555v1</id>
    <published>2024-06-07T13:30:00Z</published>
    <title>
      Coverage-Guided Testing of Neural Networks
    </title>
    <author><name>Ana Müller</name></author>
    <author><name> </name></author>`);
    expect(readArxivAtom(xml, '2406.05555')).toEqual({
      kind: 'found',
      details: {
        title: 'Coverage-Guided Testing of Neural Networks',
        authors: ['Ana Müller'],
        venue: 'arXiv',
        year: 2024,
      },
    });
  });

  it('says not found for an entry whose title is empty', () => {
    const xml = feedOf(`
    <id>http://arxiv.org/abs/2406.05555v1</id>
    <published>2024-06-07T13:30:00Z</published>
    <title> </title>`);
    expect(readArxivAtom(xml, '2406.05555')).toEqual({ kind: 'not-found' });
  });

  it('takes an entry without an id or a date, and gives it no year', () => {
    expect(readArxivAtom(feedOf('<title>Untitled Draft Notes</title>'), '2406.05555')).toEqual({
      kind: 'found',
      details: { title: 'Untitled Draft Notes', authors: [], venue: 'arXiv' },
    });
  });

  it('reads the year only from the start of an ISO date, from 1000 on', () => {
    const yearOf = (published: string) => {
      const xml = feedOf(`<title>On Dates</title><published>${published}</published>`);
      const reading = readArxivAtom(xml, '2406.05555');
      return reading.kind === 'found' ? reading.details.year : 'not found';
    };
    expect(yearOf('07/06/2024')).toBeUndefined();
    expect(yearOf('1000-01-01T00:00:00Z')).toBe(1000);
  });

  it('matches the asked id against an entry id with a long version or none', () => {
    const entry = (id: string) => feedOf(`<id>${id}</id><title>Versioned Paper</title>`);
    expect(readArxivAtom(entry('http://arxiv.org/abs/2406.05555v12'), '2406.05555').kind).toBe(
      'found',
    );
    expect(readArxivAtom(entry('http://arxiv.org/abs/2406.05556'), '2406.05555').kind).toBe(
      'not-found',
    );
  });

  it('says unreadable when the parser reports an error inside the feed, as Chrome does', () => {
    const RealParser = DOMParser;
    // Chrome keeps the well-formed start of the document and puts the error in it as a child.
    const chromeShaped = feedOf('<title>Cut Short</title>').replace(
      '<entry>',
      '<parsererror xmlns="http://www.w3.org/1999/xhtml">unclosed tag</parsererror><entry>',
    );
    vi.stubGlobal(
      'DOMParser',
      class {
        parseFromString() {
          return new RealParser().parseFromString(chromeShaped, 'application/xml');
        }
      },
    );
    try {
      expect(readArxivAtom(feedOf('<title>Cut Short'), '2406.05555')).toEqual({
        kind: 'unreadable',
      });
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
