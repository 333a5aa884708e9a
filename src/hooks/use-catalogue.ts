import { queryOptions, useQuery } from '@tanstack/react-query';
import { fetchCatalogueText } from '../lib/catalogue/fetch-catalogue-text';
import { upgradeCatalogue } from '../lib/catalogue/catalogue-version';
import type { Catalogue } from '../lib/catalogue/schema';
import { checkCatalogueText } from './check-catalogue-text';

export const DEFAULT_CATALOGUE_URL = '/catalogue.json';

export const catalogueKeys = {
  all: ['catalogue'] as const,
  byUrl: (url: string) => ['catalogue', url] as const,
};

async function fetchAnyVersion(url: string): Promise<Catalogue> {
  return checkCatalogueText(await fetchCatalogueText(url), url);
}

// The service worker may still answer with a list built by an older release, in an older
// schema version: the app works with the current one.
async function loadCatalogue(url: string): Promise<Catalogue> {
  return upgradeCatalogue(await fetchAnyVersion(url));
}

export function catalogueQuery(url: string = DEFAULT_CATALOGUE_URL) {
  return queryOptions({
    queryKey: catalogueKeys.byUrl(url),
    queryFn: () => loadCatalogue(url),
    // A deployed catalogue is a static file: it changes only with a new deployment.
    staleTime: Infinity,
    retry: 1,
    // Offline, the service worker still answers from its cache: always try the request.
    networkMode: 'offlineFirst',
  });
}

export function useCatalogue(url: string = DEFAULT_CATALOGUE_URL) {
  return useQuery(catalogueQuery(url));
}
