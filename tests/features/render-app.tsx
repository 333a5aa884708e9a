import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { AppShell } from '../../src/app/app-shell';
import { catalogueKeys, DEFAULT_CATALOGUE_URL } from '../../src/hooks/use-catalogue';
import type { Catalogue } from '../../src/lib/catalogue/schema';
import { sampleCatalogue } from '../fixtures/sample-catalogue';

/** The whole app at a URL, with the catalogue already loaded and the real (fake-indexeddb) database. */
export function renderApp(path = '/', catalogue: Catalogue = sampleCatalogue) {
  window.history.replaceState(null, '', path);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(catalogueKeys.byUrl(DEFAULT_CATALOGUE_URL), catalogue);
  return render(
    <QueryClientProvider client={client}>
      <AppShell />
    </QueryClientProvider>,
  );
}
