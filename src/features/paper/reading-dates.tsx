import { useState } from 'react';
import { setDates } from '../../db/paper-writes';
import type { PaperSnapshot, PaperState, ReadingStatus } from '../../lib/paper-state';
import { fromDateInputValue, toDateInputValue } from '../../lib/dates';
import { reportRejection } from '../../lib/report-rejection';
import { dateCorrectionProblem, holdsDate, type DateField } from '../../lib/status-dates';

type ReadingDatesProps = { paperId: string; state: PaperState | null; snapshot: PaperSnapshot };

// What the person typed and why it was refused; the field shows it until the next change.
type Refused = {
  field: DateField;
  value: string;
  problem: string;
  status: ReadingStatus;
  // Left the field: it shows the stored date again, and the message says why it was not saved.
  reverted?: boolean;
};

const LABELS: Readonly<Record<DateField, string>> = {
  startedAt: 'Started',
  finishedAt: 'Finished',
};

export function ReadingDates({ paperId, state, snapshot }: ReadingDatesProps) {
  const [refused, setRefused] = useState<Refused | null>(null);
  const status = state?.status ?? 'unread';
  const change = (field: DateField, value: string) => {
    const date = fromDateInputValue(value);
    const problem = dateCorrectionProblem(state ?? { status }, field, date);
    if (problem) return setRefused({ field, value, problem, status });
    setRefused(null);
    reportRejection(setDates(paperId, { [field]: date }, snapshot));
  };
  return (
    <div className="dates">
      {(['startedAt', 'finishedAt'] as const).map((field) => {
        const held = holdsDate(status, field);
        const mine = refused?.field === field && refused.status === status ? refused : null;
        const messageId = `${paperId}-${field}-problem`;
        return (
          <div className="dates__field" key={field}>
            <label>
              <span>{LABELS[field]}</span>
              <input
                type="date"
                // Dates the status does not hold stay in view, greyed, so nothing jumps around.
                disabled={!held}
                title={held ? undefined : holdsTitle(field)}
                value={mine ? mine.value : toDateInputValue(held ? state?.[field] : undefined)}
                aria-invalid={mine && !mine.reverted ? true : undefined}
                aria-describedby={mine ? messageId : undefined}
                onChange={(event) => change(field, event.target.value)}
                onBlur={() =>
                  mine && setRefused({ ...mine, value: toDateInputValue(state?.[field]) })
                }
              />
            </label>
            {mine && (
              <p className="dates__problem" id={messageId} role="alert">
                Not saved: {mine.problem}
              </p>
            )}
          </div>
        );
      })}
    </div>
  );
}

function holdsTitle(field: DateField): string {
  return field === 'startedAt'
    ? 'Set when you mark the paper Reading or Read'
    : 'Set when you mark the paper Read';
}
