import { useState } from 'react';
import { Link } from 'wouter';
import { normaliseTag, sameTag } from '../../db/tag-names';
import type { TagCount } from '../../db/paper-queries';
import { listQueryToParams, EMPTY_LIST_QUERY } from '../../lib/list-query';
import { listPath } from '../../lib/paths';
import { reportRejection } from '../../lib/report-rejection';
import { MergeConfirm } from './merge-confirm';
import { useTagChanges } from './use-tag-changes';

type Mode = 'view' | 'rename' | 'merge' | 'delete';

type TagRowProps = { entry: TagCount; others: readonly string[] };

export function TagRow({ entry, others }: TagRowProps) {
  const [mode, setMode] = useState<Mode>('view');
  const [name, setName] = useState(entry.tag);
  const [target, setTarget] = useState(others[0] ?? '');
  // The existing tag a rename would join, while the person is asked whether to merge.
  const [joining, setJoining] = useState<string | null>(null);
  const changes = useTagChanges();
  const { tag, count } = entry;
  const papers = count === 1 ? '1 paper' : `${count} papers`;
  const filterHref = listPath(listQueryToParams({ ...EMPTY_LIST_QUERY, tags: [tag] }).toString());

  const rename = () => {
    const to = normaliseTag(name);
    if (!to || to === tag) return setMode('view');
    // Another tag by that name (in any case) exists: renaming would merge the two, so ask.
    const existing = sameTag(to, tag) ? undefined : others.find((other) => sameTag(other, to));
    if (existing !== undefined) return setJoining(existing);
    reportRejection(changes.rename(tag, to));
  };

  return (
    <li className="tag-row">
      <div className="tag-row__main">
        <Link href={filterHref} className="tag-row__name">
          #{tag}
        </Link>
        <span className="tag-row__count">{papers}</span>
      </div>
      {mode === 'view' && (
        <div className="tag-row__actions">
          <button
            type="button"
            className="button"
            onClick={() => setMode('rename')}
            aria-label={`Rename tag ${tag}`}
          >
            Rename
          </button>
          {others.length > 0 && (
            <button
              type="button"
              className="button"
              onClick={() => setMode('merge')}
              aria-label={`Merge tag ${tag}`}
            >
              Merge…
            </button>
          )}
          <button
            type="button"
            className="button button--danger"
            onClick={() => setMode('delete')}
            aria-label={`Delete tag ${tag}`}
          >
            Delete
          </button>
        </div>
      )}
      {mode === 'rename' && (
        <form
          className="tag-row__form"
          onSubmit={(event) => {
            event.preventDefault();
            rename();
          }}
        >
          <label>
            <span className="visually-hidden">New name for {tag}</span>
            <input
              autoFocus
              value={name}
              onChange={(event) => setName(event.target.value)}
              aria-label={`New name for ${tag}`}
            />
          </label>
          <button type="submit" className="button button--primary">
            Save
          </button>
          <button type="button" className="button" onClick={() => setMode('view')}>
            Cancel
          </button>
        </form>
      )}
      {joining !== null && (
        <MergeConfirm
          from={tag}
          into={joining}
          papers={papers}
          onMerge={() => {
            setJoining(null);
            reportRejection(changes.merge(tag, joining));
          }}
          onCancel={() => setJoining(null)}
        />
      )}
      {mode === 'merge' && (
        <form
          className="tag-row__form"
          onSubmit={(event) => {
            event.preventDefault();
            if (target) reportRejection(changes.merge(tag, target));
          }}
        >
          <label>
            <span>Merge into</span>
            <select value={target} onChange={(event) => setTarget(event.target.value)}>
              {others.map((other) => (
                <option key={other} value={other}>
                  {other}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="button button--primary">
            Merge
          </button>
          <button type="button" className="button" onClick={() => setMode('view')}>
            Cancel
          </button>
        </form>
      )}
      {mode === 'delete' && (
        <div className="tag-row__form" role="alertdialog" aria-label={`Delete tag ${tag}?`}>
          <span>
            Remove #{tag} from {papers}? Notes are kept.
          </span>
          <button
            type="button"
            className="button button--danger-solid"
            onClick={() => reportRejection(changes.remove(tag, papers))}
          >
            Delete tag
          </button>
          <button type="button" className="button" onClick={() => setMode('view')} autoFocus>
            Cancel
          </button>
        </div>
      )}
    </li>
  );
}
