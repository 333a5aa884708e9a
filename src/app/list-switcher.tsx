import { META_KEYS, setMeta } from '../db/meta';
import { DEFAULT_LIST_ID } from '../hooks/use-active-catalogue';
import type { ImportedList } from '../lib/backup/backup-format';
import { reportRejection } from '../lib/report-rejection';

type ListSwitcherProps = { defaultTitle: string; lists: ImportedList[]; activeListId: string };

/**
 * The list's title as a choice of lists: it takes the title's place in the header, so the title
 * is shown once. A native select keeps the keyboard and a phone's own picker.
 */
export function ListSwitcher({ defaultTitle, lists, activeListId }: ListSwitcherProps) {
  return (
    <label className="list-switcher">
      <span className="list-switcher__label">List</span>
      <select
        className="list-switcher__select"
        value={activeListId}
        onChange={(event) =>
          reportRejection(
            setMeta(
              META_KEYS.activeListId,
              event.target.value === DEFAULT_LIST_ID ? null : event.target.value,
              'the list you chose',
            ),
          )
        }
      >
        <option value={DEFAULT_LIST_ID}>{defaultTitle}</option>
        {lists.map((list) => (
          <option key={list.id} value={list.id}>
            {list.title}
          </option>
        ))}
      </select>
    </label>
  );
}
