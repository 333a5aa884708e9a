import { memo } from 'react';
import type { CatalogueOutline } from '../../lib/catalogue/catalogue-outline';
import type { PaperState } from '../../lib/paper-state';
import type { ListRow } from './list-rows';
import { ListRowView } from './list-row-view';
import type { ChangeRowStatus } from './paper-row';
import { VirtualList } from './virtual-list';

type PaperListProps = {
  rows: readonly ListRow[];
  states: ReadonlyMap<string, PaperState> | undefined;
  outline: CatalogueOutline;
  /** The list's query string, for the links that open a paper and come back. */
  search: string;
  selectedId: string | null;
  onStatusChange: ChangeRowStatus;
};

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
}: PaperListProps) {
  return (
    <VirtualList
      scrollToKey={selectedId}
      label="Papers"
      items={rows}
      getKey={(row) => row.key}
      estimateSize={(row) => (row.kind === 'heading' ? 52 : 150)}
      renderItem={(row) => (
        <ListRowView
          row={row}
          states={states}
          outline={outline}
          search={search}
          selectedId={selectedId}
          onStatusChange={onStatusChange}
        />
      )}
    />
  );
});
