import { useOptimisticValue } from '../../hooks/use-optimistic-value';
import { READING_STATUSES, STATUS_LABELS, type ReadingStatus } from '../../lib/reading-status';

type StatusSelectProps = {
  stored: ReadingStatus;
  write: (status: ReadingStatus) => Promise<unknown>;
};

/** The status of one paper, changeable right in the list. */
export function StatusSelect({ stored, write }: StatusSelectProps) {
  const [value, onChange] = useOptimisticValue(stored, write);
  return (
    <span className="status-select" data-status={value}>
      <select
        aria-label="Status"
        value={value}
        onChange={(event) => onChange(event.target.value as ReadingStatus)}
      >
        {READING_STATUSES.map((status) => (
          <option key={status} value={status}>
            {STATUS_LABELS[status]}
          </option>
        ))}
      </select>
    </span>
  );
}
