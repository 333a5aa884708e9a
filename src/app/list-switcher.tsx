import { META_KEYS, setMeta } from '../db/meta';
import { DEFAULT_LIST_ID } from '../hooks/use-active-catalogue';
import type { ImportedList } from '../lib/backup/backup-format';
import { reportRejection } from '../lib/report-rejection';

type ListSwitcherProps = { defaultTitle: string; lists: ImportedList[]; activeListId: string };

export function ListSwitcher({ defaultTitle, lists, activeListId }: ListSwitcherProps) {
  if (lists.length === 0) return null;
  return (
    <select
      className="list-switcher"
      aria-label="List"
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
  );
}
