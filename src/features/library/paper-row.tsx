import { memo, useCallback } from 'react';
import type { CataloguePaper } from '../../lib/catalogue/schema';
import type { ListDensity } from '../../lib/list-density';
import type { PaperState } from '../../lib/paper-state';
import type { ReadingStatus } from '../../lib/reading-status';
import { PaperCard } from './paper-card';
import { PaperLine } from './paper-line';
import { StatusSelect } from './status-select';
import type { FilterByTag } from './tag-chips';

export type ChangeRowStatus = (
  paper: CataloguePaper,
  status: ReadingStatus,
  previous: PaperState | undefined,
) => Promise<unknown>;

type PaperRowProps = {
  paper: CataloguePaper;
  state: PaperState | undefined;
  density: ListDensity;
  search: string;
  orphan: boolean;
  selected: boolean;
  onStatusChange: ChangeRowStatus;
  onFilterTag: FilterByTag;
};

const NO_TAGS: readonly string[] = [];

/**
 * One paper in the list, as a card or as one line. Memoised: a keystroke or a status change
 * re-renders only the rows whose own props changed, not every row on screen.
 */
export const PaperRow = memo(function PaperRow({
  paper,
  state,
  density,
  search,
  orphan,
  selected,
  onStatusChange,
  onFilterTag,
}: PaperRowProps) {
  const write = useCallback(
    (status: ReadingStatus) => onStatusChange(paper, status, state),
    [onStatusChange, paper, state],
  );
  const status = state?.status ?? 'unread';
  const common = { paper, status, search, orphan, selected, onFilterTag };
  const aside = <StatusSelect stored={status} write={write} />;
  return density === 'compact' ? (
    <PaperLine {...common} userTags={state?.tags ?? NO_TAGS} aside={aside} />
  ) : (
    <PaperCard {...common} extraTags={state?.tags} aside={aside} />
  );
});
