import { useCallback, useDeferredValue, useEffect, useMemo } from 'react';
import './library.css';
import { useChangeStatus } from '../../hooks/use-change-status';
import { usePaperStates, useTagCounts } from '../../db/use-paper-states';
import type { CatalogueOutline } from '../../lib/catalogue/catalogue-outline';
import type { Catalogue } from '../../lib/catalogue/schema';
import { listQueryToParams, withTagFilter } from '../../lib/list-query';
import type { PaperState } from '../../lib/paper-state';
import { orderOf, selectPapers, selectionUsesStates } from '../../lib/select-papers';
import { useSectionsPanelStore } from '../../stores/sections-panel-store';
import { followRenames } from '../../lib/follow-renames';
import { useCurrentViewStore } from '../../stores/current-view-store';
import { useListLocationStore } from '../../stores/list-location-store';
import { useSelectionStore } from '../../stores/selection-store';
import { useTagRenamesStore } from '../../stores/tag-renames-store';
import { CatalogueChangesBanner } from './catalogue-changes-banner';
import { ListToolbar } from './list-toolbar';
import { toListRows } from './list-rows';
import { useCatalogueChanges } from './use-catalogue-changes';
import { PaperList } from './paper-list';
import type { ChangeRowStatus } from './paper-row';
import { SectionNav } from './section-nav';
import { SectionsToggle } from './sections-toggle';
import { SectionProgress } from './section-progress';
import { useListedPapers } from './use-listed-papers';
import { useListQuery } from './use-list-query';
import { useReadCounts } from './use-read-counts';
import { usePaperSearch } from './use-paper-search';
import { useResultQuery } from './use-result-query';

type LibraryPageProps = {
  catalogue: Catalogue;
  outline: CatalogueOutline;
  /** Papers on the user's other lists: not "gone from the list" when missing from this one. */
  otherListIds?: ReadonlySet<string>;
};

const NO_IDS: ReadonlySet<string> = new Set();
const NO_STATES: ReadonlyMap<string, PaperState> = new Map();

export function LibraryPage({ catalogue, outline, otherListIds = NO_IDS }: LibraryPageProps) {
  const states = usePaperStates();
  const tagCounts = useTagCounts();
  const { query, search, updateQuery, typeSearch, flushSearch } = useListQuery();
  const sectionsOpen = useSectionsPanelStore((state) => state.open);
  const toggleSections = useSectionsPanelStore((state) => state.toggle);
  const renames = useTagRenamesStore((state) => state.renames);
  const rememberSearch = useListLocationStore((state) => state.setSearch);
  const changeStatus = useChangeStatus();
  // Moved by each write's own papers, not counted again for every render or write.
  const sectionCounts = useReadCounts(outline, states);
  const changes = useCatalogueChanges(catalogue);
  const newPaperIds = useMemo(() => new Set(changes.added), [changes.added]);
  const removedWithState = changes.removed.filter((id) => states?.has(id)).length;

  useEffect(() => {
    const followed = followRenames(query.tags, renames);
    if (followed !== query.tags) updateQuery({ tags: [...followed] }, { replace: true });
  }, [query.tags, renames, updateQuery]);

  useEffect(() => rememberSearch(search), [search, rememberSearch]);

  const papers = useListedPapers(catalogue, outline, states, otherListIds);
  const order = useMemo(() => orderOf(papers), [papers]);
  // A changed filter shows on its control at once; the list follows as soon as it can. Search
  // words are not deferred: a keystroke is answered, and the list rendered, in its own event.
  const filters = useMemo(() => listQueryToParams({ ...query, q: '' }).toString(), [query]);
  const shownFilters = useDeferredValue(filters);
  const { hits: searchHits, pending: searchPending } = usePaperSearch(
    catalogue.papers,
    catalogue.sections,
    states,
    query.q,
  );
  const result = useResultQuery(shownFilters, query.q);
  // Most views do not depend on the states: then a status change does not redo the selection.
  const selectionStates = selectionUsesStates(result.query) ? states : undefined;

  const selected = useMemo(
    () =>
      selectPapers({
        papers,
        order,
        states: selectionStates ?? NO_STATES,
        query: result.query,
        searchHits,
        newPaperIds,
        sectionPaperIds: result.query.section
          ? (outline.paperIdsBySection.get(result.query.section) ?? new Set())
          : null,
      }),
    [papers, order, selectionStates, result.query, searchHits, outline, newPaperIds],
  );
  const publishView = useCurrentViewStore((state) => state.setView);
  const settled = shownFilters === filters && !searchPending;
  useEffect(
    () => publishView(selected, settled ? query.q : null),
    [selected, settled, query.q, publishView],
  );
  const selectedId = useSelectionStore((state) => state.selectedId);

  const withHeadings = result.query.sort === null && searchHits === null;
  const rows = useMemo(
    () => toListRows(selected, outline, withHeadings),
    [selected, outline, withHeadings],
  );
  const onStatusChange = useCallback<ChangeRowStatus>(
    (paper, status, previous) =>
      changeStatus(paper.id, status, { title: paper.title, url: paper.url }, previous),
    [changeStatus],
  );
  // Stable, so the section list (memoised) is not rendered again for every keystroke.
  const onSelectSection = useCallback(
    (section: string | null) => updateQuery({ section }),
    [updateQuery],
  );
  const renderSectionProgress = useCallback(
    (sectionId: string | null) => <SectionProgress counts={sectionCounts.get(sectionId)} />,
    [sectionCounts],
  );
  // Reads the filter when clicked, so the rows keep one callback while the query changes.
  const onFilterTag = useCallback(
    (tag: string) => updateQuery((current) => ({ tags: withTagFilter(current.tags, tag) })),
    [updateQuery],
  );

  return (
    <div className="library">
      <aside className="library__sidebar" data-open={sectionsOpen}>
        <SectionsToggle
          open={sectionsOpen}
          sectionTitle={
            query.section === null ? null : (outline.byId.get(query.section)?.title ?? '')
          }
          onToggle={toggleSections}
        />
        <SectionNav
          outline={outline}
          activeSectionId={query.section}
          onSelect={onSelectSection}
          renderProgress={renderSectionProgress}
        />
      </aside>
      <main className="library__main" id="main" tabIndex={-1} aria-busy={!settled}>
        {/* Keeps the heading outline whole when search hides the section headings. */}
        <h2 className="visually-hidden">Papers</h2>
        <CatalogueChangesBanner
          added={changes.added.length}
          removedWithState={removedWithState}
          showingNew={query.newOnly}
          onShow={() => updateQuery({ newOnly: true })}
          onDismiss={() => {
            changes.acknowledge();
            if (query.newOnly) updateQuery({ newOnly: false });
          }}
        />
        <ListToolbar
          query={query}
          tags={(tagCounts ?? []).map((entry) => entry.tag)}
          shown={selected.length}
          total={papers.length}
          searching={searchPending}
          onChange={updateQuery}
          onSearch={typeSearch}
          onSearchDone={flushSearch}
        />
        {searchPending ? (
          <p className="empty-state">Preparing search…</p>
        ) : selected.length === 0 ? (
          <p className="empty-state">No papers match. Try fewer words or clear the filters.</p>
        ) : (
          <PaperList
            rows={rows}
            states={states}
            outline={outline}
            search={result.search}
            selectedId={selectedId}
            onStatusChange={onStatusChange}
            onFilterTag={onFilterTag}
          />
        )}
      </main>
    </div>
  );
}
