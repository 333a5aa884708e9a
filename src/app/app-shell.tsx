import { lazy, Suspense, useDeferredValue, useLayoutEffect, useMemo } from 'react';
import { useTimedOut } from '../hooks/use-timed-out';
import { useLocation } from 'wouter';
import { usePaperStates } from '../db/use-paper-states';
import { ExportButton } from '../features/export/export-button';
import { LibraryPage } from '../features/library/library-page';
import { useReadCounts } from '../features/library/use-read-counts';
import { useListDensity } from '../hooks/density-preference';
import { useThemePreference } from '../hooks/theme-preference';
import { DEFAULT_LIST_ID, useActiveCatalogue } from '../hooks/use-active-catalogue';
import type { ImportedList } from '../lib/backup/backup-format';
import { outlineCatalogue, type CatalogueOutline } from '../lib/catalogue/catalogue-outline';
import type { Catalogue } from '../lib/catalogue/schema';
import type { PaperState } from '../lib/paper-state';
import { paperIdFromPathname } from '../lib/paths';
import { AddPaperButton, useDefaultIds, useListedCatalogues } from './add-paper-button';
import { AppHeader } from './app-header';
import { AppBanners } from './app-banners';
import { revealApp } from './first-screen/reveal-app';
import { useLastScreen } from './first-screen/use-last-screen';
import { ListSwitcher } from './list-switcher';
import { Overlays } from './overlays';
import { StatusScreen } from './status-screen';
import { useDailyListCheck } from './use-daily-list-check';

// Pages besides the list load on demand: they are not needed to show it.
const TagsPage = lazy(() =>
  import('../features/tags/tags-page').then((module) => ({ default: module.TagsPage })),
);
const SettingsPage = lazy(() =>
  import('../features/settings/settings-page').then((module) => ({
    default: module.SettingsPage,
  })),
);

const SyncSection = lazy(() =>
  import('../features/sync/sync-section').then((module) => ({ default: module.SyncSection })),
);

const BibtexSection = lazy(() =>
  import('../features/bibtex/bibtex-section').then((module) => ({
    default: module.BibtexSection,
  })),
);

const StatsPage = lazy(() =>
  import('../features/stats/stats-page').then((module) => ({ default: module.StatsPage })),
);
const NextUpPage = lazy(() =>
  import('../features/next-up/next-up-page').then((module) => ({ default: module.NextUpPage })),
);

// Shortcuts are not needed to show the list: they arrive right after it.
const KeyboardShortcuts = lazy(() =>
  import('./keyboard-shortcuts').then((module) => ({ default: module.KeyboardShortcuts })),
);

// The paper detail loads on first open (from the precache, so offline too).
const PaperRoute = lazy(() =>
  import('../features/paper/paper-route').then((module) => ({ default: module.PaperRoute })),
);

// A database that never answers (blocked by another tab) must not keep the page hidden.
const STATES_WAIT_MS = 3000;

export function AppShell() {
  const {
    defaultQuery: catalogueQuery,
    catalogue: latestCatalogue,
    activeListId,
    lists,
    otherListIds,
  } = useActiveCatalogue();
  // The first render of a long list is the heaviest work of the start: deferred, it runs in
  // slices, and the loading screen stays until it is done.
  const catalogue = useDeferredValue(latestCatalogue);
  const outline = useMemo(() => (catalogue ? outlineCatalogue(catalogue) : null), [catalogue]);
  const states = usePaperStates();
  const [location] = useLocation();
  // Read from the raw URL: the router's decoded path would corrupt ids that contain "%".
  const paperId = location.startsWith('/paper/')
    ? paperIdFromPathname(window.location.pathname)
    : null;

  const loading = (catalogueQuery.isPending && !catalogue) || (latestCatalogue && !catalogue);
  // Before paint: the static copy of the list, or the picture of the visitor's own, goes in the
  // same frame as the app's page shows. The picture has their statuses, so the page waits for
  // them too (a failed read gives none, so it never waits for ever): it would show the papers
  // unread for a moment, and then read again.
  const statesLate = useTimedOut(!loading, STATES_WAIT_MS);
  const ready = !loading && (states !== undefined || !catalogue || statesLate);
  useLayoutEffect(() => {
    if (ready) revealApp();
  }, [ready]);

  if (loading) return <StatusScreen title="Loading your list…" />;
  if (!catalogue || !outline) {
    return (
      <StatusScreen
        title="The list could not be loaded"
        message={catalogueQuery.error?.message ?? 'Unknown error.'}
        action={{ label: 'Try again', onClick: () => void catalogueQuery.refetch() }}
      />
    );
  }

  return (
    <ShellWithCatalogue
      catalogue={catalogue}
      outline={outline}
      states={states}
      location={location}
      paperId={paperId}
      defaultTitle={catalogueQuery.data?.title ?? 'Default list'}
      defaultCatalogue={catalogueQuery.data}
      lists={lists}
      activeListId={activeListId}
      otherListIds={otherListIds}
    />
  );
}

type ShellProps = {
  catalogue: Catalogue;
  outline: CatalogueOutline;
  states: ReadonlyMap<string, PaperState> | undefined;
  location: string;
  paperId: string | null;
  defaultTitle: string;
  defaultCatalogue: Catalogue | undefined;
  lists: ImportedList[];
  activeListId: string;
  otherListIds: ReadonlySet<string>;
};

function ShellWithCatalogue(props: ShellProps) {
  const { catalogue, outline, states, location, paperId, defaultTitle } = props;
  const { lists, activeListId, otherListIds } = props;
  const listed = useListedCatalogues(props.defaultCatalogue, defaultTitle, lists);
  const defaultIds = useDefaultIds(props.defaultCatalogue);
  useDailyListCheck(lists);
  const read = useReadCounts(outline, states).get(null)?.read ?? 0;
  const density = useListDensity();
  // Not drawn from this value, but the theme button in the picture shows the theme's glyph.
  const theme = useThemePreference();
  // The list pictured is the one shown, which follows a new choice of list a moment later.
  const lastScreen = useMemo(() => {
    if (!states) return null;
    const shownListId = lists.find((list) => list.catalogue === catalogue)?.id ?? DEFAULT_LIST_ID;
    return { catalogue, states, defaultTitle, lists, activeListId: shownListId, density, theme };
  }, [catalogue, states, defaultTitle, lists, density, theme]);
  useLastScreen(lastScreen);

  return (
    <>
      <AppHeader
        title={catalogue.title}
        read={read}
        total={catalogue.papers.length}
        switcher={
          lists.length > 0 && (
            <ListSwitcher defaultTitle={defaultTitle} lists={lists} activeListId={activeListId} />
          )
        }
        actions={
          <>
            <AddPaperButton />
            <ExportButton catalogue={catalogue} outline={outline} otherListIds={otherListIds} />
          </>
        }
      />
      <AppBanners place={paperId === null ? 'page' : 'page-under-dialog'} />
      {location === '/tags' ? (
        <Suspense fallback={<StatusScreen title="Loading…" />}>
          <TagsPage />
        </Suspense>
      ) : location === '/stats' ? (
        <Suspense fallback={<StatusScreen title="Loading…" />}>
          <StatsPage catalogue={catalogue} outline={outline} />
        </Suspense>
      ) : location === '/next-up' ? (
        <Suspense fallback={<StatusScreen title="Loading…" />}>
          <NextUpPage catalogue={catalogue} outline={outline} />
        </Suspense>
      ) : location === '/settings' ? (
        <Suspense fallback={<StatusScreen title="Loading…" />}>
          <SettingsPage
            defaultListTitle={defaultTitle}
            sync={<SyncSection />}
            myPapers={<BibtexSection listedIds={defaultIds} />}
          />
        </Suspense>
      ) : location === '/' || paperId !== null ? (
        <>
          {/* One LibraryPage for both paths, so opening a paper keeps the list's scroll. */}
          <LibraryPage catalogue={catalogue} outline={outline} otherListIds={otherListIds} />
          {paperId !== null && (
            <Suspense fallback={null}>
              <PaperRoute
                key={paperId}
                paperId={paperId}
                outline={outline}
                notices={<AppBanners place="dialog" />}
              />
            </Suspense>
          )}
        </>
      ) : (
        <StatusScreen title="Page not found" message="There is nothing at this address." />
      )}
      <Overlays outline={outline} lists={listed} activeListId={activeListId} />
      <Suspense fallback={null}>
        <KeyboardShortcuts outline={outline} states={states} openPaperId={paperId} />
      </Suspense>
    </>
  );
}
