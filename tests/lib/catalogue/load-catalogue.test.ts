import { describe, expect, it } from 'vitest';
import { fetchCatalogue, parseCatalogueJson } from '../../../src/lib/catalogue/load-catalogue';

const valid = {
  schemaVersion: 1,
  title: 'A list',
  sections: [{ id: 'a', title: 'A', parentId: null }],
  papers: [
    {
      id: 'arxiv:1904.03257',
      title: 'MLSys',
      url: 'https://arxiv.org/abs/1904.03257',
      sectionIds: ['a'],
      tags: [],
      links: [],
    },
  ],
};

function respond(body: string, status = 200): typeof fetch {
  return async () => new Response(body, { status });
}

describe('parseCatalogueJson', () => {
  it('accepts a valid catalogue', () => {
    expect(parseCatalogueJson(valid, '/c.json').papers).toHaveLength(1);
  });

  it('names the first bad field', () => {
    const bad = { ...valid, papers: [{ ...valid.papers[0], url: 'javascript:alert(1)' }] };
    expect(() => parseCatalogueJson(bad, '/c.json')).toThrow(
      'The list at /c.json is not valid: papers[0].url: must be an http(s) URL.',
    );
  });

  it('names no field when the whole value is not a list', () => {
    for (const value of [null, [], 'papers']) {
      // zod words the reason in more detail once its full build (the backup's) has loaded; either
      // way no field is named before it.
      expect(() => parseCatalogueJson(value, '/c.json')).toThrow(
        /^The list at \/c\.json is not valid: Invalid input(: expected [^:]*)?\.$/,
      );
    }
  });

  it('takes only absolute http(s) URLs with a host and no spaces', () => {
    const withUrl = (url: string) => ({ ...valid, papers: [{ ...valid.papers[0], url }] });
    for (const url of ['https://example.org', 'HTTP://x.org/a?b=c#d', 'https://x.org:8080/p']) {
      expect(() => parseCatalogueJson(withUrl(url), '/c.json'), url).not.toThrow();
    }
    for (const url of [
      'javascript:alert(1)',
      'http://',
      'https:///path',
      'ftp://x.org',
      ' https://x.org',
      'https://x.org/a b',
      'https://x.org\n',
      '//x.org',
    ]) {
      expect(() => parseCatalogueJson(withUrl(url), '/c.json'), url).toThrow(
        'must be an http(s) URL',
      );
    }
  });

  it('refuses an unknown schema version', () => {
    expect(() => parseCatalogueJson({ ...valid, schemaVersion: 3 }, '/c.json')).toThrow(
      /schemaVersion/,
    );
  });

  it('reads a version 1 catalogue as version 2, and keeps authors of version 2', () => {
    expect(parseCatalogueJson(valid, '/c.json').schemaVersion).toBe(2);
    const paper = { ...valid.papers[0], authors: ['A. Author', 'et al.'] };
    const withAuthors = { ...valid, schemaVersion: 2, papers: [paper] };
    expect(parseCatalogueJson(withAuthors, '/c.json').papers[0]?.authors).toEqual([
      'A. Author',
      'et al.',
    ]);
  });
});

describe('fetchCatalogue', () => {
  it('loads and validates', async () => {
    const catalogue = await fetchCatalogue('/c.json', respond(JSON.stringify(valid)));
    expect(catalogue.title).toBe('A list');
  });

  it('reports an HTTP error', async () => {
    await expect(fetchCatalogue('/c.json', respond('gone', 404))).rejects.toThrow(
      'Could not load the list from /c.json: the server answered 404.',
    );
  });

  it('reports a body that is not JSON', async () => {
    await expect(fetchCatalogue('/c.json', respond('<html>'))).rejects.toThrow(/not JSON/);
  });

  it('reports an unreachable network', async () => {
    const offline: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    await expect(fetchCatalogue('/c.json', offline)).rejects.toThrow(/network is unreachable/);
  });
});
