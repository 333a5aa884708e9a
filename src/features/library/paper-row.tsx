import { memo, useCallback } from 'react';
import type { CataloguePaper } from '../../lib/catalogue/schema';
import type { PaperState } from '../../lib/paper-state';
import type { ReadingStatus } from '../../lib/reading-status';
import { PaperCard } from './paper-card';
import { StatusSelect } from './status-select';

export type ChangeRowStatus = (
  paper: CataloguePaper,
  status: ReadingStatus,
  previous: PaperState | undefined,
) => Promise<unknown>;

type PaperRowProps = {
  paper: CataloguePaper;
  state: PaperState | undefined;
  search: string;
  orphan: boolean;
  selected: boolean;
  onStatusChange: ChangeRowStatus;
};

/**
 * One paper in the list. Memoised: a keystroke or a status change re-renders only the rows whose
 * own props changed, not every row on screen.
 */
export const PaperRow = memo(function PaperRow({
  paper,
  state,
  search,
  orphan,
  selected,
  onStatusChange,
}: PaperRowProps) {
  const write = useCallback(
    (status: ReadingStatus) => onStatusChange(paper, status, state),
    [onStatusChange, paper, state],
  );
  return (
    <PaperCard
      paper={paper}
      search={search}
      orphan={orphan}
      selected={selected}
      extraTags={state?.tags}
      aside={<StatusSelect stored={state?.status ?? 'unread'} write={write} />}
    />
  );
});
