import { memo } from 'react';
import { useListDensity } from '../../hooks/density-preference';
import type { CatalogueOutline } from '../../lib/catalogue/catalogue-outline';
import type { PaperState } from '../../lib/paper-state';
import { COMPACT_ROW_HEIGHT, type ListRow } from './list-rows';
import { ListRowView } from './list-row-view';
import type { ChangeRowStatus } from './paper-row';
import type { FilterByTag } from './tag-chips';
import { VirtualList } from './virtual-list';

type PaperListProps = {
  rows: readonly ListRow[];
  states: ReadonlyMap<string, PaperState> | undefined;
  outline: CatalogueOutline;
  /** The list's query string, for the links that open a paper and come back. */
  search: string;
  selectedId: string | null;
  onStatusChange: ChangeRowStatus;
  onFilterTag: FilterByTag;
};

const rowKey = (row: ListRow) => row.key;
const estimateRowSize = (row: ListRow) => (row.kind === 'heading' ? 52 : 150);

/**
 * The rows of the list. Memoised: a keystroke first re-renders only the search box, and the
 * list once the results for it are ready.
 */
export const PaperList = memo(function PaperList({
  rows,
  states,
  outline,
  search,
  selectedId,
  onStatusChange,
  onFilterTag,
}: PaperListProps) {
  const density = useListDensity();
  const compact = density === 'compact';
  return (
    <VirtualList
      // A new virtualizer for the other density: none of the old one's row sizes apply.
      key={density}
      className={compact ? 'virtual-list--compact' : undefined}
      // Compact rows all have one height, so no row needs measuring as it scrolls into view.
      fixedSize={compact ? COMPACT_ROW_HEIGHT : undefined}
      scrollToKey={selectedId}
      label="Papers"
      items={rows}
      getKey={rowKey}
      estimateSize={estimateRowSize}
      renderItem={(row) => (
        <ListRowView
          row={row}
          states={states}
          outline={outline}
          density={density}
          search={search}
          selectedId={selectedId}
          onStatusChange={onStatusChange}
          onFilterTag={onFilterTag}
        />
      )}
    />
  );
});
