import type { CatalogueOutline } from '../../lib/catalogue/catalogue-outline';
import type { PaperState } from '../../lib/paper-state';
import type { ListRow } from './list-rows';
import { PaperRow, type ChangeRowStatus } from './paper-row';

type ListRowViewProps = {
  row: ListRow;
  states: ReadonlyMap<string, PaperState> | undefined;
  outline: CatalogueOutline;
  search: string;
  selectedId: string | null;
  onStatusChange: ChangeRowStatus;
};

/** One row of the list: a section heading or a paper. */
export function ListRowView(props: ListRowViewProps) {
  const { row, states, outline, search, selectedId, onStatusChange } = props;
  return row.kind === 'heading' ? (
    <h2 className="list-heading">{row.title}</h2>
  ) : (
    <PaperRow
      paper={row.paper}
      state={states?.get(row.paper.id)}
      search={search}
      orphan={!outline.paperById.has(row.paper.id)}
      selected={row.paper.id === selectedId}
      onStatusChange={onStatusChange}
    />
  );
}
