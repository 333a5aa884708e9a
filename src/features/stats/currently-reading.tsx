import { Link } from 'wouter';
import { paperPath } from '../../lib/paths';
import { daysAgo } from '../../lib/relative-time';
import type { ReadingNow } from '../../lib/stats/reading-stats';

type CurrentlyReadingProps = { reading: readonly ReadingNow[]; now: Date };

export function CurrentlyReading({ reading, now }: CurrentlyReadingProps) {
  if (reading.length === 0) {
    return (
      <p className="empty-state">
        Nothing in progress. Set a paper’s status to Reading to see it here.
      </p>
    );
  }
  return (
    <ul className="stats-reading">
      {reading.map((paper) => (
        <li key={paper.id}>
          <Link href={paperPath(paper.id)}>{paper.title}</Link>
          {paper.startedAt !== undefined && (
            <span className="muted"> · started {daysAgo(paper.startedAt, now.getTime())}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
