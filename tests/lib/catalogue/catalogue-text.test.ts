import { beforeEach, describe, expect, it, vi } from 'vitest';

// The channel is module state: each test gets a fresh copy.
beforeEach(() => vi.resetModules());
const load = () => import('../../../src/lib/catalogue/catalogue-text');

describe('the deployed list text channel', () => {
  it('hands the text to those already waiting, once', async () => {
    const { onDefaultCatalogueText, shareDefaultCatalogueText } = await load();
    const got: (string | null)[] = [];
    onDefaultCatalogueText((text) => got.push(text));
    shareDefaultCatalogueText('{"papers":[]}');
    shareDefaultCatalogueText('later');
    expect(got).toEqual(['{"papers":[]}']);
  });

  it('does not keep the text for those who come later', async () => {
    const { onDefaultCatalogueText, shareDefaultCatalogueText } = await load();
    shareDefaultCatalogueText('big text');
    const late = vi.fn();
    onDefaultCatalogueText(late);
    expect(late).toHaveBeenCalledWith(null);
  });

  it('says null when the page could not load the list', async () => {
    const { onDefaultCatalogueText, shareDefaultCatalogueText } = await load();
    const waiting = vi.fn();
    onDefaultCatalogueText(waiting);
    shareDefaultCatalogueText(null);
    expect(waiting).toHaveBeenCalledWith(null);
  });
});
