import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CATALOGUE_SCHEMA_VERSION } from '../../src/lib/catalogue/catalogue-version';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

const list = (title: string) => ({
  schemaVersion: CATALOGUE_SCHEMA_VERSION,
  title,
  sections: [],
  papers: [],
});

/** Serves each address's text, and counts the requests. */
function serve(texts: Record<string, string>) {
  const fetch = vi.fn(async (url: string) =>
    url in texts ? new Response(texts[url]) : new Response('', { status: 404 }),
  );
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

async function load() {
  vi.resetModules();
  return import('../../src/hooks/use-catalogue');
}

describe('catalogueQuery', () => {
  it('loads and checks the deployed list', async () => {
    serve({ '/catalogue.json': JSON.stringify(list('Deployed')) });
    const { catalogueQuery } = await load();
    const catalogue = await new QueryClient().fetchQuery(catalogueQuery());
    expect(catalogue.title).toBe('Deployed');
  });

  it('says so when the deployed list cannot be fetched', async () => {
    serve({});
    const { catalogueQuery } = await load();
    const query = { ...catalogueQuery(), retry: false };
    await expect(new QueryClient().fetchQuery(query)).rejects.toThrow('answered 404');
  });

  it('loads another address', async () => {
    serve({ '/other.json': JSON.stringify(list('Other')) });
    const { catalogueQuery } = await load();
    const catalogue = await new QueryClient().fetchQuery(catalogueQuery('/other.json'));
    expect(catalogue.title).toBe('Other');
  });

  it('brings a list of an older schema version up to the current one', async () => {
    serve({ '/catalogue.json': JSON.stringify({ ...list('Old'), schemaVersion: 1 }) });
    const { catalogueQuery } = await load();
    const catalogue = await new QueryClient().fetchQuery(catalogueQuery());
    expect(catalogue.schemaVersion).toBe(CATALOGUE_SCHEMA_VERSION);
  });

  it('is kept for good, tried once more on failure, and asked for even when offline', async () => {
    const { catalogueQuery, catalogueKeys } = await load();
    expect(catalogueQuery('/x.json')).toMatchObject({
      queryKey: catalogueKeys.byUrl('/x.json'),
      staleTime: Infinity,
      retry: 1,
      networkMode: 'offlineFirst',
    });
  });
});
