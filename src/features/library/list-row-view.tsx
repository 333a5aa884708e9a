import type { CatalogueOutline } from '../../lib/catalogue/catalogue-outline';
import type { ListDensity } from '../../lib/list-density';
import type { PaperState } from '../../lib/paper-state';
import type { ListRow } from './list-rows';
import { PaperRow, type ChangeRowStatus } from './paper-row';
import type { FilterByTag } from './tag-chips';

type ListRowViewProps = {
  row: ListRow;
  states: ReadonlyMap<string, PaperState> | undefined;
  outline: CatalogueOutline;
  density: ListDensity;
  search: string;
  selectedId: string | null;
  onStatusChange: ChangeRowStatus;
  onFilterTag: FilterByTag;
};

/** One row of the list: a section heading or a paper. */
export function ListRowView(props: ListRowViewProps) {
  const { row, states, outline, density, search, selectedId, onStatusChange, onFilterTag } = props;
  return row.kind === 'heading' ? (
    // Cut to one line in the compact view: the whole name on hover.
    <h2 className="list-heading" title={density === 'compact' ? row.title : undefined}>
      {row.title}
    </h2>
  ) : (
    <PaperRow
      paper={row.paper}
      state={states?.get(row.paper.id)}
      density={density}
      search={search}
      orphan={!outline.paperById.has(row.paper.id)}
      selected={row.paper.id === selectedId}
      onStatusChange={onStatusChange}
      onFilterTag={onFilterTag}
    />
  );
}
