import { useEffect, useMemo } from 'react';
import './library.css';
import { useChangeStatus } from '../../hooks/use-change-status';
import { usePaperStates, useTagCounts } from '../../db/use-paper-states';
import type { CatalogueOutline } from '../../lib/catalogue/catalogue-outline';
import type { Catalogue } from '../../lib/catalogue/schema';
import { orphanPapers } from '../../lib/orphan-papers';
import { selectPapers } from '../../lib/select-papers';
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
import { PaperCard } from './paper-card';
import { SectionNav } from './section-nav';
import { countReadBySection } from './count-read-by-section';
import { SectionProgress } from './section-progress';
import { StatusSelect } from './status-select';
import { useListQuery } from './use-list-query';
import { usePaperSearch } from './use-paper-search';
import { VirtualList } from './virtual-list';

type LibraryPageProps = {
  catalogue: Catalogue;
  outline: CatalogueOutline;
  /** Papers on the user's other lists: not "gone from the list" when missing from this one. */
  otherListIds?: ReadonlySet<string>;
};

const NO_IDS: ReadonlySet<string> = new Set();

export function LibraryPage({ catalogue, outline, otherListIds = NO_IDS }: LibraryPageProps) {
  const states = usePaperStates();
  const tagCounts = useTagCounts();
  const { query, search, updateQuery } = useListQuery();
  const sectionsOpen = useSectionsPanelStore((state) => state.open);
  const toggleSections = useSectionsPanelStore((state) => state.toggle);
  const renames = useTagRenamesStore((state) => state.renames);
  const rememberSearch = useListLocationStore((state) => state.setSearch);
  const changeStatus = useChangeStatus();
  // Counted once per change of state, not once per render of the navigation.
  const sectionCounts = useMemo(() => countReadBySection(outline, states), [outline, states]);
  const changes = useCatalogueChanges(catalogue);
  const newPaperIds = useMemo(() => new Set(changes.added), [changes.added]);
  const removedWithState = changes.removed.filter((id) => states?.has(id)).length;

  useEffect(() => {
    const followed = followRenames(query.tags, renames);
    if (followed !== query.tags) updateQuery({ tags: [...followed] }, { replace: true });
  }, [query.tags, renames, updateQuery]);

  useEffect(() => rememberSearch(search), [search, rememberSearch]);

  const papers = useMemo(
    () => [
      ...catalogue.papers,
      ...orphanPapers(states?.values() ?? [], {
        has: (id) => outline.paperById.has(id) || otherListIds.has(id),
      }),
    ],
    [catalogue, outline, states, otherListIds],
  );
  const { hits: searchHits, pending: searchPending } = usePaperSearch(
    catalogue.papers,
    states,
    query.q,
  );

  const selected = useMemo(
    () =>
      selectPapers({
        papers,
        states: states ?? new Map(),
        query,
        searchHits,
        newPaperIds,
        sectionPaperIds: query.section
          ? (outline.paperIdsBySection.get(query.section) ?? new Set())
          : null,
      }),
    [papers, states, query, searchHits, outline, newPaperIds],
  );
  const publishView = useCurrentViewStore((state) => state.setView);
  useEffect(() => publishView(selected.map((paper) => paper.id)), [selected, publishView]);
  const selectedId = useSelectionStore((state) => state.selectedId);

  const rows = useMemo(
    () => toListRows(selected, outline, query.sort === null && searchHits === null),
    [selected, outline, query.sort, searchHits],
  );

  return (
    <div className="library">
      <aside className="library__sidebar" data-open={sectionsOpen}>
        <button
          type="button"
          className="button sections-toggle"
          aria-expanded={sectionsOpen}
          onClick={toggleSections}
        >
          <span>
            Sections
            {query.section && `: ${outline.byId.get(query.section)?.title ?? ''}`}
          </span>
          <span aria-hidden="true">{sectionsOpen ? '▴' : '▾'}</span>
        </button>
        <SectionNav
          outline={outline}
          activeSectionId={query.section}
          onSelect={(section) => updateQuery({ section })}
          renderProgress={(sectionId) => <SectionProgress counts={sectionCounts.get(sectionId)} />}
        />
      </aside>
      <main className="library__main" id="main" tabIndex={-1}>
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
        />
        {searchPending ? (
          <p className="empty-state">Preparing search…</p>
        ) : selected.length === 0 ? (
          <p className="empty-state">No papers match. Try fewer words or clear the filters.</p>
        ) : (
          <VirtualList
            scrollToKey={selectedId}
            label="Papers"
            items={rows}
            getKey={(row) => row.key}
            estimateSize={(row) => (row.kind === 'heading' ? 52 : 150)}
            renderItem={(row) =>
              row.kind === 'heading' ? (
                <h2 className="list-heading">{row.title}</h2>
              ) : (
                <PaperCard
                  paper={row.paper}
                  search={search}
                  orphan={!outline.paperById.has(row.paper.id)}
                  selected={row.paper.id === selectedId}
                  extraTags={states?.get(row.paper.id)?.tags}
                  aside={
                    <StatusSelect
                      stored={states?.get(row.paper.id)?.status ?? 'unread'}
                      write={(status) =>
                        changeStatus(
                          row.paper.id,
                          status,
                          { title: row.paper.title, url: row.paper.url },
                          states?.get(row.paper.id),
                        )
                      }
                    />
                  }
                />
              )
            }
          />
        )}
      </main>
    </div>
  );
}
