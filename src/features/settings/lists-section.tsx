import { useStoredLists } from '../../db/lists';
import { AddList } from './add-list';
import { CheckAllLists } from './check-all-lists';
import { ListRow } from './list-row';

export function ListsSection({ defaultTitle }: { defaultTitle: string }) {
  const lists = useStoredLists() ?? [];
  const followed = lists.filter((list) => list.source === 'address');

  return (
    <section className="card" aria-labelledby="lists-heading">
      <h3 id="lists-heading">Lists</h3>
      <p>
        Follow another awesome list by its address on GitHub, and it stays current; or add its
        Markdown file (or a catalogue JSON file). A paper on two lists shares its status, notes and
        tags.
      </p>
      <ul className="lists">
        <li>
          <span className="lists__about">
            <span>{defaultTitle}</span> <span className="muted">(default, always here)</span>
          </span>
        </li>
        {lists.map((list) => (
          <ListRow key={list.id} list={list} />
        ))}
      </ul>
      {followed.length > 0 && <CheckAllLists lists={followed} />}
      <AddList />
    </section>
  );
}
