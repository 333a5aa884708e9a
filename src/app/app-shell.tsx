import { useMemo } from 'react';
import { useLocation } from 'wouter';
import { usePaperStates } from '../db/use-paper-states';
import { ExportButton } from '../features/export/export-button';
import { LibraryPage } from '../features/library/library-page';
import { PaperRoute } from '../features/paper/paper-route';
import { SettingsPage } from '../features/settings/settings-page';
import { TagsPage } from '../features/tags/tags-page';
import { useActiveCatalogue } from '../hooks/use-active-catalogue';
import { outlineCatalogue } from '../lib/catalogue/catalogue-outline';
import { paperIdFromPathname } from '../lib/paths';
import { AppHeader } from './app-header';
import { AppBanners } from './app-banners';
import { ListSwitcher } from './list-switcher';
import { StatusScreen } from './status-screen';

export function AppShell() {
  const {
    defaultQuery: catalogueQuery,
    catalogue,
    activeListId,
    lists,
    otherListIds,
  } = useActiveCatalogue();
  const outline = useMemo(() => (catalogue ? outlineCatalogue(catalogue) : null), [catalogue]);
  const states = usePaperStates();
  const [location] = useLocation();
  // Read from the raw URL: the router's decoded path would corrupt ids that contain "%".
  const paperId = location.startsWith('/paper/')
    ? paperIdFromPathname(window.location.pathname)
    : null;

  if (catalogueQuery.isPending && !catalogue) {
    return <StatusScreen title="Loading your list…" />;
  }
  if (!catalogue || !outline) {
    return (
      <StatusScreen
        title="The list could not be loaded"
        message={catalogueQuery.error?.message ?? 'Unknown error.'}
        action={{ label: 'Try again', onClick: () => void catalogueQuery.refetch() }}
      />
    );
  }

  let read = 0;
  for (const paper of catalogue.papers) if (states?.get(paper.id)?.status === 'read') read += 1;

  return (
    <>
      <AppHeader
        title={catalogue.title}
        read={read}
        total={catalogue.papers.length}
        actions={
          <>
            <ListSwitcher
              defaultTitle={catalogueQuery.data?.title ?? 'Default list'}
              lists={lists}
              activeListId={activeListId}
            />
            <ExportButton catalogue={catalogue} outline={outline} otherListIds={otherListIds} />
          </>
        }
      />
      {paperId === null && <AppBanners />}
      {location === '/tags' ? (
        <TagsPage />
      ) : location === '/settings' ? (
        <SettingsPage defaultListTitle={catalogueQuery.data?.title ?? 'Default list'} />
      ) : location === '/' || paperId !== null ? (
        <>
          {/* One LibraryPage for both paths, so opening a paper keeps the list's scroll. */}
          <LibraryPage catalogue={catalogue} outline={outline} otherListIds={otherListIds} />
          {paperId !== null && (
            <PaperRoute
              key={paperId}
              paperId={paperId}
              outline={outline}
              notices={<AppBanners />}
            />
          )}
        </>
      ) : (
        <StatusScreen title="Page not found" message="There is nothing at this address." />
      )}
    </>
  );
}
