import { removeList, useStoredLists } from '../../db/lists';
import { reportRejection } from '../../lib/report-rejection';
import { AddList } from './add-list';

export function ListsSection({ defaultTitle }: { defaultTitle: string }) {
  const lists = useStoredLists();

  return (
    <section className="card" aria-labelledby="lists-heading">
      <h3 id="lists-heading">Lists</h3>
      <p>
        Add another awesome list from its Markdown file (or a catalogue JSON file). A paper on two
        lists shares its status, notes and tags.
      </p>
      <ul className="lists">
        <li>
          <span>{defaultTitle}</span> <span className="muted">(default, always here)</span>
        </li>
        {(lists ?? []).map((list) => (
          <li key={list.id}>
            <span>{list.title}</span>{' '}
            <span className="muted">
              {list.catalogue.papers.length} papers, from {list.fileName ?? 'a file'}
            </span>
            <button
              type="button"
              className="button button--danger"
              aria-label={`Remove list ${list.title}`}
              onClick={() => reportRejection(removeList(list.id))}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      <AddList />
    </section>
  );
}
