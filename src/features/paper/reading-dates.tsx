import { setDates } from '../../db/paper-writes';
import type { PaperSnapshot, PaperState } from '../../lib/paper-state';
import { fromDateInputValue, toDateInputValue } from '../../lib/dates';
import { reportRejection } from '../../lib/report-rejection';

type ReadingDatesProps = { paperId: string; state: PaperState | null; snapshot: PaperSnapshot };

export function ReadingDates({ paperId, state, snapshot }: ReadingDatesProps) {
  const change = (field: 'startedAt' | 'finishedAt', value: string) =>
    reportRejection(setDates(paperId, { [field]: fromDateInputValue(value) }, snapshot));
  return (
    <div className="dates">
      <label>
        <span>Started</span>
        <input
          type="date"
          value={toDateInputValue(state?.startedAt)}
          onChange={(event) => change('startedAt', event.target.value)}
        />
      </label>
      <label>
        <span>Finished</span>
        <input
          type="date"
          value={toDateInputValue(state?.finishedAt)}
          onChange={(event) => change('finishedAt', event.target.value)}
        />
      </label>
    </div>
  );
}
