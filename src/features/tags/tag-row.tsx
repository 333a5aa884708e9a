import { useState } from 'react';
import { Link } from 'wouter';
import { normaliseTag } from '../../db/tag-names';
import { deleteTag, mergeTags, renameTag, restoreTags, tagsOf } from '../../db/tag-writes';
import type { TagCount } from '../../db/paper-queries';
import { listQueryToParams, EMPTY_LIST_QUERY } from '../../lib/list-query';
import { listPath } from '../../lib/paths';
import { reportRejection } from '../../lib/report-rejection';
import { useTagRenamesStore } from '../../stores/tag-renames-store';
import { useToastStore } from '../../stores/toast-store';

type Mode = 'view' | 'rename' | 'merge' | 'delete';

type TagRowProps = { entry: TagCount; others: readonly string[] };

export function TagRow({ entry, others }: TagRowProps) {
  const [mode, setMode] = useState<Mode>('view');
  const [name, setName] = useState(entry.tag);
  const [target, setTarget] = useState(others[0] ?? '');
  const recordRename = useTagRenamesStore((state) => state.recordRename);
  const showToast = useToastStore((state) => state.show);
  const { tag, count } = entry;
  const papers = count === 1 ? '1 paper' : `${count} papers`;
  const filterHref = listPath(listQueryToParams({ ...EMPTY_LIST_QUERY, tags: [tag] }).toString());

  const removeWithUndo = async () => {
    const before = await tagsOf(tag);
    await deleteTag(tag);
    recordRename(tag, null);
    showToast(`Deleted #${tag} from ${papers}`, () => reportRejection(restoreTags(before)));
  };

  const rename = () => {
    const to = normaliseTag(name);
    if (!to || to === tag) return setMode('view');
    reportRejection(renameTag(tag, to).then(() => recordRename(tag, to)));
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
      {mode === 'merge' && (
        <form
          className="tag-row__form"
          onSubmit={(event) => {
            event.preventDefault();
            if (target)
              reportRejection(mergeTags(tag, target).then(() => recordRename(tag, target)));
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
            onClick={() => reportRejection(removeWithUndo())}
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
