import type { ReactNode } from 'react';
import { Router } from 'wouter';
import { countReadBySection } from '../../features/library/count-read-by-section';
import { toListRows } from '../../features/library/list-rows';
import { ListRowView } from '../../features/library/list-row-view';
import { ListToolbar } from '../../features/library/list-toolbar';
import { SectionNav } from '../../features/library/section-nav';
import { SectionProgress } from '../../features/library/section-progress';
import { SectionsToggle } from '../../features/library/sections-toggle';
import { outlineCatalogue } from '../../lib/catalogue/catalogue-outline';
import type { Catalogue } from '../../lib/catalogue/schema';
import { EMPTY_LIST_QUERY } from '../../lib/list-query';
import type { ListDensity } from '../../lib/list-density';
import type { PaperState } from '../../lib/paper-state';
import { AddPaperLabel } from '../add-paper-label';
import { AppHeader } from '../app-header';

const nothing = () => undefined;
const notWritten = () => Promise.resolve();
// The list's own address, whatever page the picture is taken from (the browser's would mark
// another view as current in the header).
const atTheList = (): [string, () => void] => ['/', nothing];

type FirstScreenProps = {
  catalogue: Catalogue;
  papers: number;
  /** The visitor's own statuses; none on a first visit. */
  states?: ReadonlyMap<string, PaperState>;
  /** The header's choice of lists, when the visitor has added some. */
  switcher?: ReactNode;
  /** The visitor's choice on this device; cards on a first visit. */
  density?: ListDensity;
};

/**
 * The list as it opens (no filter, at the top), made of the app's own components: for a first
 * visit, with nothing read, as a static copy in index.html; for a returning visitor, with their
 * statuses, as the picture the boot script paints. Only the papers that fit a tall screen.
 */
export function FirstScreen({
  catalogue,
  papers,
  states,
  switcher,
  density = 'cards',
}: FirstScreenProps) {
  const outline = outlineCatalogue(catalogue);
  const counts = countReadBySection(outline, states);
  const rows = toListRows(catalogue.papers.slice(0, papers), outline, true);
  const total = catalogue.papers.length;
  return (
    <Router hook={atTheList}>
      <AppHeader
        title={catalogue.title}
        read={counts.get(null)?.read ?? 0}
        total={total}
        switcher={switcher}
        showStates={false}
        actions={
          <>
            <button type="button" className="button add-paper-button">
              <AddPaperLabel />
            </button>
            <button type="button" className="button">
              Export
            </button>
          </>
        }
      />
      {/* As AppBanners lays out with no notice to show: only the toasts' (fixed) container. */}
      <div className="app-banners">
        <div className="toasts" />
      </div>
      <div className="library">
        <aside className="library__sidebar" data-open="false">
          <SectionsToggle open={false} sectionTitle={null} onToggle={nothing} />
          <SectionNav
            outline={outline}
            activeSectionId={null}
            onSelect={nothing}
            renderProgress={(sectionId) => <SectionProgress counts={counts.get(sectionId)} />}
          />
        </aside>
        <main className="library__main">
          <ListToolbar
            query={EMPTY_LIST_QUERY}
            tags={[]}
            shown={total}
            total={total}
            onChange={nothing}
            onSearch={nothing}
            onSearchDone={nothing}
          />
          <div
            className={
              density === 'compact' ? 'virtual-list virtual-list--compact' : 'virtual-list'
            }
          >
            <div className="virtual-list__window">
              {rows.map((row) => (
                <div key={row.key} role="listitem">
                  <ListRowView
                    row={row}
                    states={states}
                    outline={outline}
                    density={density}
                    search=""
                    selectedId={null}
                    onStatusChange={notWritten}
                    onFilterTag={nothing}
                  />
                </div>
              ))}
            </div>
          </div>
        </main>
      </div>
    </Router>
  );
}
