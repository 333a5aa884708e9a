// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { paperIdFromUrl } from '../../../src/lib/catalogue/paper-id';

describe('paperIdFromUrl', () => {
  it.each([
    ['https://arxiv.org/abs/2403.07648', 'arxiv:2403.07648'],
    ['https://arxiv.org/pdf/1904.03257.pdf', 'arxiv:1904.03257'],
    ['https://arxiv.org/pdf/2302.04351', 'arxiv:2302.04351'],
    ['http://arxiv.org/abs/2207.13066', 'arxiv:2207.13066'],
    ['https://www.arxiv.org/abs/2207.13066v2', 'arxiv:2207.13066'],
    ['https://arxiv.org/pdf/2302.04351v3.pdf', 'arxiv:2302.04351'],
    ['https://arxiv.org/abs/2501.12345', 'arxiv:2501.12345'],
    ['https://arxiv.org/abs/cs/0112017', 'arxiv:cs/0112017'],
    ['http://www.arxiv.org/pdf/cs/0112017v1.pdf', 'arxiv:cs/0112017'],
    ['https://arxiv.org/abs/math.GT/0309136', 'arxiv:math.GT/0309136'],
    ['https://arxiv.org/abs/1312.6114v11', 'arxiv:1312.6114'],
    ['http://export.arxiv.org/abs/1904.03257', 'arxiv:1904.03257'],
    ['https://arxiv.org/abs/1904.03257\u00a0', 'arxiv:1904.03257'],
  ])('reads the arXiv id from %s', (url, id) => {
    expect(paperIdFromUrl(url)).toBe(id);
  });

  it.each([
    ['https://dl.acm.org/doi/10.1145/3377811.3380362', 'doi:10.1145/3377811.3380362'],
    ['https://dl.acm.org/doi/abs/10.1109/ICSE48619.2023.00156', 'doi:10.1109/icse48619.2023.00156'],
    ['https://dl.acm.org/doi/pdf/10.1145/3132747.3132785', 'doi:10.1145/3132747.3132785'],
    ['https://doi.org/10.1109/ICSE.2019.00042', 'doi:10.1109/icse.2019.00042'],
    ['http://dx.doi.org/10.1000/ABC%2F123', 'doi:10.1000/abc/123'],
    ['https://www.doi.org/10.1145/X/', 'doi:10.1145/x'],
  ])('reads the DOI from %s', (url, id) => {
    expect(paperIdFromUrl(url)).toBe(id);
  });

  it('gives the same id to abs, pdf, versioned, http and www forms of one arXiv paper', () => {
    const forms = [
      'https://arxiv.org/abs/1906.10742',
      'https://arxiv.org/pdf/1906.10742.pdf',
      'http://www.arxiv.org/abs/1906.10742v4',
    ];
    expect(new Set(forms.map(paperIdFromUrl))).toEqual(new Set(['arxiv:1906.10742']));
  });

  it.each([
    ['https://WWW.Example.COM/Papers/Foo/#section', 'url:example.com/Papers/Foo'],
    ['http://example.com/a?x=1&Y=2', 'url:example.com/a?x=1&Y=2'],
    ['https://example.com/', 'url:example.com'],
    ['https://example.com:8443/p', 'url:example.com:8443/p'],
    ['https://arxiv.org/list/cs.LG/recent', 'url:arxiv.org/list/cs.LG/recent'],
    ['https://dl.acm.org/conference/icse', 'url:dl.acm.org/conference/icse'],
    ['https://arxiv.org/html/2403.07648v1/x1.png', 'url:arxiv.org/html/2403.07648v1/x1.png'],
    ['https://arxiv.org/a/abs/1904.03257', 'url:arxiv.org/a/abs/1904.03257'],
    ['https://scholar.example.org/abs/1904.03257', 'url:scholar.example.org/abs/1904.03257'],
    ['https://dl.acm.org/author/doi/10.1145/3377811', 'url:dl.acm.org/author/doi/10.1145/3377811'],
    ['https://doi.org/api/handles/10.1145/3377811', 'url:doi.org/api/handles/10.1145/3377811'],
    ['https://papers.example.org/10.1145/3377811', 'url:papers.example.org/10.1145/3377811'],
    ['https://cs.www.example.edu/paper.pdf', 'url:cs.www.example.edu/paper.pdf'],
  ])('normalizes other URLs: %s', (url, id) => {
    expect(paperIdFromUrl(url)).toBe(id);
  });

  it('drops only a leading scheme from a link that does not parse', () => {
    expect(paperIdFromUrl('http://exa mple.com/p')).toBe('url:exa mple.com/p');
    expect(paperIdFromUrl('see http://exa mple.com')).toBe('url:see http://exa mple.com');
  });

  it('ignores the scheme, so http and https links to one page match', () => {
    expect(paperIdFromUrl('http://example.com/p')).toBe(paperIdFromUrl('https://example.com/p'));
  });

  it('does not throw on text that is not a URL', () => {
    expect(paperIdFromUrl('not a url')).toBe('url:not a url');
    expect(paperIdFromUrl(' not a url ')).toBe('url:not a url');
    expect(paperIdFromUrl('https://doi.org/10.1/%E0%A4%A')).toBe('doi:10.1/%e0%a4%a');
  });
});
