import { beforeEach, describe, expect, it, vi } from 'vitest';

// The channel is module state: each test gets a fresh copy.
beforeEach(() => vi.resetModules());
const load = () => import('../../../src/lib/catalogue/catalogue-text');

describe('the deployed list text channel', () => {
  it('gives the text to the first taker, waiting or not, and null to the others', async () => {
    const { takeDefaultCatalogueText, shareDefaultCatalogueText } = await load();
    const got: (string | null)[] = [];
    takeDefaultCatalogueText((text) => got.push(text));
    takeDefaultCatalogueText((text) => got.push(text));
    shareDefaultCatalogueText('{"papers":[]}');
    shareDefaultCatalogueText('later');
    takeDefaultCatalogueText((text) => got.push(text));
    expect(got).toEqual(['{"papers":[]}', null, null]);
  });

  it('keeps the text until the first taker asks, then lets it go', async () => {
    const { takeDefaultCatalogueText, shareDefaultCatalogueText } = await load();
    shareDefaultCatalogueText('big text');
    const first = vi.fn();
    const second = vi.fn();
    takeDefaultCatalogueText(first);
    takeDefaultCatalogueText(second);
    expect(first).toHaveBeenCalledWith('big text');
    expect(second).toHaveBeenCalledWith(null);
  });

  it('says null when the page could not load the list', async () => {
    const { takeDefaultCatalogueText, shareDefaultCatalogueText } = await load();
    const waiting = vi.fn();
    takeDefaultCatalogueText(waiting);
    shareDefaultCatalogueText(null);
    expect(waiting).toHaveBeenCalledWith(null);
  });
});
