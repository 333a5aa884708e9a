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
import { AddPaperLabel } from '../add-paper-label';
import { AppHeader } from '../app-header';

const nothing = () => undefined;
const notWritten = () => Promise.resolve();

/**
 * The list as a first visit shows it (nothing read, no filter), made of the app's own
 * components, for a static copy in index.html. Only the papers that fit a tall screen.
 */
export function FirstScreen({ catalogue, papers }: { catalogue: Catalogue; papers: number }) {
  const outline = outlineCatalogue(catalogue);
  const counts = countReadBySection(outline, undefined);
  const rows = toListRows(catalogue.papers.slice(0, papers), outline, true);
  const total = catalogue.papers.length;
  return (
    <Router ssrPath="/">
      <AppHeader
        title={catalogue.title}
        read={0}
        total={total}
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
          />
          <div className="virtual-list">
            <div className="virtual-list__window">
              {rows.map((row) => (
                <div key={row.key} role="listitem">
                  <ListRowView
                    row={row}
                    states={undefined}
                    outline={outline}
                    density="cards"
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
