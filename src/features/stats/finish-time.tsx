type FinishTimeProps = { medianDays: number | null; papers: number };

export function formatDays(days: number): string {
  if (days === 0) return 'Same day';
  const rounded = Math.round(days * 10) / 10;
  return rounded === 1 ? '1 day' : `${rounded} days`;
}

/** The median time from starting a paper to finishing it. */
export function FinishTime({ medianDays, papers }: FinishTimeProps) {
  if (medianDays === null) {
    return (
      <p className="empty-state">
        Set a paper to Reading when you start it and to Read when you finish, to see how long papers
        take you.
      </p>
    );
  }
  return (
    <p className="stats-finish">
      <strong className="stats-finish__value">{formatDays(medianDays)}</strong>{' '}
      <span className="muted">
        median, over {papers === 1 ? '1 paper' : `${papers} papers`} with both dates
      </span>
    </p>
  );
}
