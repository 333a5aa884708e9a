import { useState } from 'react';
import { setDates } from '../../db/paper-writes';
import type { PaperSnapshot, PaperState, ReadingStatus } from '../../lib/paper-state';
import { fromDateInputValue, toDateInputValue } from '../../lib/dates';
import { reportRejection } from '../../lib/report-rejection';
import { holdsDate, type DateField } from '../../lib/status-dates';

type ReadingDatesProps = { paperId: string; state: PaperState | null; snapshot: PaperSnapshot };

// The date being typed into one field, shown until the field is left (the stored one may lag a
// moment behind), and why it was refused, if it was.
type Edit = {
  field: DateField;
  value: string;
  status: ReadingStatus;
  problem: string | null;
  // The field was left: it shows the stored date again, and a refusal's message stays.
  left: boolean;
};

const LABELS: Readonly<Record<DateField, string>> = {
  startedAt: 'Started',
  finishedAt: 'Finished',
};

const UNHELD: Readonly<Record<DateField, string>> = {
  startedAt: 'Set when you mark the paper Reading or Read',
  finishedAt: 'Set when you mark the paper Read',
};

export function ReadingDates({ paperId, state, snapshot }: ReadingDatesProps) {
  const [edit, setEdit] = useState<Edit | null>(null);
  const status = state?.status ?? 'unread';
  const change = (field: DateField, value: string) => {
    const typed: Edit = { field, value, status, problem: null, left: false };
    setEdit(typed);
    const write = setDates(paperId, { [field]: fromDateInputValue(value) }, snapshot).then(
      (problem) =>
        // A later keystroke has its own answer coming.
        setEdit((current) => (current?.value === value ? { ...current, problem } : current)),
    );
    reportRejection(write);
  };
  return (
    <div className="dates">
      {(['startedAt', 'finishedAt'] as const).map((field) => {
        const held = holdsDate(status, field);
        const mine = edit?.field === field && edit.status === status ? edit : null;
        const invalid = mine?.problem != null && !mine.left;
        const messageId = `${paperId}-${field}-problem`;
        return (
          <div className="dates__field" key={field}>
            <label>
              <span>{LABELS[field]}</span>
              <input
                type="date"
                // Dates the status does not hold stay in view, greyed, so nothing jumps around.
                disabled={!held}
                title={held ? undefined : UNHELD[field]}
                value={
                  mine && !mine.left
                    ? mine.value
                    : toDateInputValue(held ? state?.[field] : undefined)
                }
                aria-invalid={invalid || undefined}
                aria-describedby={mine?.problem ? messageId : undefined}
                onChange={(event) => change(field, event.target.value)}
                onBlur={() => mine && setEdit({ ...mine, left: true })}
              />
            </label>
            {mine?.problem && (
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
