import { describe, expect, it } from 'vitest';
import { checkCatalogueText } from '../../src/hooks/check-catalogue-text';

const valid = {
  schemaVersion: 1,
  title: 'A list',
  sections: [{ id: 'a', title: 'A', parentId: null }],
  papers: [
    {
      id: 'p1',
      title: 'A paper',
      url: 'https://example.org/p1',
      sectionIds: ['a'],
      tags: [],
      links: [],
    },
  ],
};

describe('checkCatalogueText (here, where no worker runs)', () => {
  it('gives the checked list', async () => {
    const catalogue = await checkCatalogueText(JSON.stringify(valid), '/c.json');
    expect(catalogue.papers.map((paper) => paper.id)).toEqual(['p1']);
  });

  it('refuses a list that fails the schema, naming the field', async () => {
    const bad = { ...valid, papers: [{ ...valid.papers[0], url: 42 }] };
    await expect(checkCatalogueText(JSON.stringify(bad), '/c.json')).rejects.toThrow(
      /The list at \/c\.json is not valid: papers\[0\]\.url/,
    );
  });

  it('refuses text that is not JSON', async () => {
    await expect(checkCatalogueText('{', '/c.json')).rejects.toThrow('it is not JSON');
  });
});
