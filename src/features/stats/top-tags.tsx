import { Link } from 'wouter';
import type { TagUse } from '../../lib/stats/reading-stats';
import { filteredListPath } from './stats-links';

export function TopTags({ tags }: { tags: readonly TagUse[] }) {
  if (tags.length === 0) {
    return <p className="empty-state">No tags yet. Open a paper and add a tag to see it here.</p>;
  }
  return (
    <ol className="stats-tags">
      {tags.map(({ tag, count }) => (
        <li key={tag}>
          <Link href={filteredListPath({ tags: [tag] })}>#{tag}</Link>{' '}
          <span className="muted">{count === 1 ? '1 paper' : `${count} papers`}</span>
        </li>
      ))}
    </ol>
  );
}
