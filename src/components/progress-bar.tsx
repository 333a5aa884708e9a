type ProgressBarProps = { done: number; total: number; label: string };

/** "3/9 read" with a small bar; the text is what screen readers get. */
export function ProgressBar({ done, total, label }: ProgressBarProps) {
  const percent = total === 0 ? 0 : Math.round((done / total) * 100);
  return (
    <span className="progress">
      <span className="progress__text">
        {done}/{total} {label}
      </span>
      <span className="progress__track" aria-hidden="true">
        <span className="progress__fill" style={{ width: `${percent}%` }} />
      </span>
    </span>
  );
}
