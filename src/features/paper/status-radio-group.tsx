import { useOptimisticValue } from '../../hooks/use-optimistic-value';
import { READING_STATUSES, STATUS_LABELS, type ReadingStatus } from '../../lib/reading-status';

type StatusRadioGroupProps = {
  stored: ReadingStatus;
  write: (status: ReadingStatus) => Promise<unknown>;
  disabled?: boolean;
};

/** Native radios: arrow keys move between statuses, as screen-reader users expect. */
export function StatusRadioGroup({ stored, write, disabled }: StatusRadioGroupProps) {
  const [value, onChange] = useOptimisticValue(stored, write);
  return (
    <div className="segmented" role="radiogroup" aria-label="Status">
      {READING_STATUSES.map((status) => (
        <label key={status} className="segmented__option" data-status={status}>
          <input
            type="radio"
            name="paper-status"
            value={status}
            checked={value === status}
            disabled={disabled}
            onChange={() => onChange(status)}
          />
          <span>{STATUS_LABELS[status]}</span>
        </label>
      ))}
    </div>
  );
}
