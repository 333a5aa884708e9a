import { Link } from 'wouter';
import { STATUS_LABELS } from '../../lib/reading-status';
import type { ReadingTotals } from '../../lib/stats/reading-stats';
import { filteredListPath } from './stats-links';

export function StatsTotals({ totals }: { totals: ReadingTotals }) {
  const items = [
    {
      label: STATUS_LABELS.read,
      value: totals.read,
      href: filteredListPath({ statuses: ['read'] }),
    },
    {
      label: STATUS_LABELS.reading,
      value: totals.reading,
      href: filteredListPath({ statuses: ['reading'] }),
    },
    {
      label: STATUS_LABELS['to-read'],
      value: totals.toRead,
      href: filteredListPath({ statuses: ['to-read'] }),
    },
    {
      label: STATUS_LABELS.unread,
      value: totals.unread,
      href: filteredListPath({ statuses: ['unread'] }),
    },
    { label: 'With notes', value: totals.withNotes, href: null },
  ];
  return (
    <dl className="stats-totals">
      {items.map(({ label, value, href }) => (
        <div className="stats-totals__item" key={label}>
          <dt>{label}</dt>
          <dd>{href ? <Link href={href}>{value}</Link> : value}</dd>
        </div>
      ))}
    </dl>
  );
}
