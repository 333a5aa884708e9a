// @vitest-environment node
import { paperIdFromUrl } from '../../../src/lib/catalogue/paper-id';
import { arxivIdFromText } from '../../../src/lib/papers/arxiv-id';
import { doiFromText } from '../../../src/lib/papers/doi';
import { readPaperAddress, type PaperAddress } from '../../../src/lib/papers/paper-address';

function address(input: string): PaperAddress {
  const reading = readPaperAddress(input);
  if (!reading.ok) throw new Error(reading.message);
  return reading.address;
}

describe('arXiv ids', () => {
  it.each([
    ['2403.07648', '2403.07648'],
    ['2403.07648v2', '2403.07648'],
    ['arXiv:2403.07648', '2403.07648'],
    ['ARXIV: 2403.07648v12', '2403.07648'],
    ['0704.0001', '0704.0001'],
    ['cs/0112017', 'cs/0112017'],
    ['CS/0112017v1', 'cs/0112017'],
    ['math.GT/0309136', 'math.GT/0309136'],
    ['hep-th/9901001', 'hep-th/9901001'],
  ])('%s is %s', (text, id) => {
    expect(arxivIdFromText(text)).toBe(id);
  });

  it.each(['2403.076', '24030.7648', 'cs/011201', 'arXiv:', '10.1145/3132747.3132785'])(
    '%s is not one',
    (text) => expect(arxivIdFromText(text)).toBeNull(),
  );
});

describe('DOIs', () => {
  it.each([
    ['10.1145/3132747.3132785', '10.1145/3132747.3132785'],
    ['doi:10.1145/3132747.3132785', '10.1145/3132747.3132785'],
    ['DOI: 10.1145/3132747.3132785.', '10.1145/3132747.3132785'],
    ['https://doi.org/10.1145/3132747.3132785', '10.1145/3132747.3132785'],
    ['http://dx.doi.org/10.1007/978-3-030-58452-8_13', '10.1007/978-3-030-58452-8_13'],
    ['doi.org/10.1109%2FSP.2017.49', '10.1109/SP.2017.49'],
  ])('%s is %s', (text, doi) => {
    expect(doiFromText(text)).toBe(doi);
  });

  it.each(['10.1145', '11.1145/abc', 'doi:', 'https://example.org/10.1145/x'])(
    '%s is not one',
    (text) => expect(doiFromText(text)).toBeNull(),
  );
});

describe('what "Add paper" reads', () => {
  it.each([
    'https://arxiv.org/abs/2403.07648v2',
    'arXiv:2403.07648',
    '2403.07648',
    'https://arxiv.org/pdf/2403.07648v2.pdf',
    'arxiv.org/abs/2403.07648',
    'https://www.arxiv.org/abs/2403.07648',
  ])('%s is arXiv paper 2403.07648, with the catalogue’s id', (input) => {
    const read = address(input);
    expect(read).toMatchObject({
      kind: 'arxiv',
      arxivId: '2403.07648',
      paperId: 'arxiv:2403.07648',
    });
    expect(read.paperId).toBe(paperIdFromUrl('https://arxiv.org/abs/2403.07648'));
  });

  it('keeps the address the user gave, and makes one for a bare id', () => {
    expect(address('https://arxiv.org/abs/2403.07648v2').url).toBe(
      'https://arxiv.org/abs/2403.07648v2',
    );
    expect(address('2403.07648').url).toBe('https://arxiv.org/abs/2403.07648');
    expect(address('10.1145/3132747.3132785').url).toBe('https://doi.org/10.1145/3132747.3132785');
  });

  it('reads old-style arXiv ids as the catalogue does', () => {
    expect(address('cs/0112017')).toMatchObject({ kind: 'arxiv', paperId: 'arxiv:cs/0112017' });
    expect(address('cs/0112017').paperId).toBe(paperIdFromUrl('https://arxiv.org/abs/cs/0112017'));
  });

  it.each([
    '10.1145/3132747.3132785',
    'doi:10.1145/3132747.3132785',
    'https://doi.org/10.1145/3132747.3132785',
    'https://dl.acm.org/doi/10.1145/3132747.3132785',
    'https://dl.acm.org/doi/pdf/10.1145/3132747.3132785',
    'HTTPS://DOI.ORG/10.1145/3132747.3132785',
  ])('%s is the DOI of DeepXplore, with the catalogue’s id', (input) => {
    expect(address(input)).toMatchObject({ kind: 'doi', paperId: 'doi:10.1145/3132747.3132785' });
  });

  it('gives a DOI the id the catalogue gives its link, case and all', () => {
    const doi = '10.1109/SP.2017.49';
    expect(address(doi).paperId).toBe(paperIdFromUrl(`https://doi.org/${doi}`));
    expect(address(doi).paperId).toBe('doi:10.1109/sp.2017.49');
  });

  it('reads an arXiv DOI as the arXiv paper', () => {
    expect(address('10.48550/arXiv.2403.07648')).toMatchObject({
      kind: 'arxiv',
      paperId: 'arxiv:2403.07648',
    });
  });

  it.each([
    ['https://openreview.net/forum?id=abc123', 'url:openreview.net/forum?id=abc123'],
    [
      'https://www.usenix.org/conference/osdi22/presentation/x/',
      'url:usenix.org/conference/osdi22/presentation/x',
    ],
    ['proceedings.mlr.press/v139/a21.html', 'url:proceedings.mlr.press/v139/a21.html'],
  ])('%s is a web address known as %s', (input, paperId) => {
    const read = address(input);
    expect(read).toMatchObject({ kind: 'web', paperId });
    expect(read.paperId).toBe(paperIdFromUrl(read.url));
  });

  it.each([
    ['', 'Type or paste an arXiv id, a DOI or the address of a paper.'],
    [
      'javascript:alert(1)',
      'Only http and https addresses can be added; this one starts with javascript:',
    ],
    [
      'deep learning',
      '“deep learning” is not an arXiv id, a DOI or a web address. Try 2403.07648, 10.1145/3132747.3132785 or https://…',
    ],
  ])('refuses %j in words', (input, message) => {
    expect(readPaperAddress(input)).toEqual({ ok: false, message });
  });

  it('refuses a single word, which is no host without a dot', () => {
    expect(readPaperAddress('attention')).toEqual({
      ok: false,
      message:
        '“attention” is not an arXiv id, a DOI or a web address. Try 2403.07648, 10.1145/3132747.3132785 or https://…',
    });
  });

  it('refuses blank input in words, and takes plain http addresses as given', () => {
    expect(readPaperAddress('  \n')).toEqual({
      ok: false,
      message: 'Type or paste an arXiv id, a DOI or the address of a paper.',
    });
    expect(address('http://proceedings.mlr.press/v139/a21.html')).toEqual({
      kind: 'web',
      paperId: 'url:proceedings.mlr.press/v139/a21.html',
      url: 'http://proceedings.mlr.press/v139/a21.html',
    });
  });

  it('keeps the DOI address the user gave rather than making a doi.org one', () => {
    expect(address('http://dx.doi.org/10.1007/978-3-030-58452-8_13')).toMatchObject({
      kind: 'doi',
      url: 'http://dx.doi.org/10.1007/978-3-030-58452-8_13',
    });
  });
});
