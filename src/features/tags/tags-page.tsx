import { useTagCounts } from '../../db/use-paper-states';
import './tags.css';
import { TagRow } from './tag-row';

export function TagsPage() {
  const tagCounts = useTagCounts();
  return (
    <main className="page" id="main" tabIndex={-1}>
      <h2 className="page__title">Tags</h2>
      {tagCounts === undefined ? (
        <p className="muted">Loading tags…</p>
      ) : tagCounts.length === 0 ? (
        <p className="empty-state">
          No tags yet. Open a paper and add a tag in its “Add tag” field; it will show up here.
        </p>
      ) : (
        <ul className="tag-list">
          {tagCounts.map((entry) => (
            <TagRow
              key={entry.tag}
              entry={entry}
              others={tagCounts.map((other) => other.tag).filter((other) => other !== entry.tag)}
            />
          ))}
        </ul>
      )}
    </main>
  );
}
