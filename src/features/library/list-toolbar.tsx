import { useId, useState } from 'react';
import { isFiltered, SORT_LABELS, type ListQuery, type SortKey } from '../../lib/list-query';
import { READING_STATUSES, STATUS_LABELS, type ReadingStatus } from '../../lib/reading-status';
import { useSearchKeys } from './use-search-keys';
import { DensityToggle } from './density-toggle';

type ListToolbarProps = {
  query: ListQuery;
  tags: readonly string[];
  shown: number;
  total: number;
  searching?: boolean;
  onChange: (patch: Partial<ListQuery>, options?: { replace?: boolean }) => void;
  /** Each keystroke in the search box. */
  onSearch: (q: string) => void;
  /** The search box lost focus: what was typed is final for now. */
  onSearchDone: () => void;
};

function toggle<T>(values: readonly T[], value: T): T[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}

export function ListToolbar({
  query,
  tags,
  shown,
  total,
  searching = false,
  onChange,
  onSearch,
  onSearchDone,
}: ListToolbarProps) {
  const availableTags = tags.filter((tag) => !query.tags.includes(tag));
  // On a phone, sort and filters wait behind one button so the papers start high on the screen.
  const [moreOpen, setMoreOpen] = useState(false);
  const moreId = useId();
  const chosen = query.statuses.length + query.tags.length + (query.sort ? 1 : 0);
  const onSearchKeyDown = useSearchKeys(query.q, onChange);
  return (
    <div className="toolbar" role="search" data-more-open={moreOpen}>
      <div className="toolbar__row">
        <input
          id="search"
          className="toolbar__search"
          type="search"
          aria-label="Search"
          placeholder="Search titles, authors, notes, tags…"
          value={query.q}
          onChange={(event) => onSearch(event.target.value)}
          onBlur={onSearchDone}
          onKeyDown={onSearchKeyDown}
        />
        <button
          type="button"
          className="button toolbar__more-toggle"
          aria-expanded={moreOpen}
          aria-controls={`${moreId}-sort ${moreId}-filters`}
          onClick={() => setMoreOpen(!moreOpen)}
        >
          Sort &amp; filter{' '}
          {chosen > 0 && (
            <>
              <span className="toolbar__chosen" aria-hidden="true">
                {chosen}
              </span>
              <span className="visually-hidden">{`${chosen} chosen`}</span>
            </>
          )}
        </button>
        <label className="toolbar__sort" id={`${moreId}-sort`}>
          <span>Sort</span>
          <select
            value={query.sort ?? ''}
            onChange={(event) => onChange({ sort: (event.target.value || null) as SortKey | null })}
          >
            <option value="">{query.q ? 'Best match' : SORT_LABELS.list}</option>
            {(Object.keys(SORT_LABELS) as SortKey[])
              .filter((key) => key !== 'list' || query.q)
              .map((key) => (
                <option key={key} value={key}>
                  {SORT_LABELS[key]}
                </option>
              ))}
          </select>
        </label>
        <DensityToggle />
      </div>
      <div className="toolbar__row toolbar__filters" id={`${moreId}-filters`}>
        <div className="toolbar__group" role="group" aria-label="Filter by status">
          {READING_STATUSES.map((status: ReadingStatus) => (
            <button
              key={status}
              type="button"
              className="filter-chip"
              data-status={status}
              aria-pressed={query.statuses.includes(status)}
              onClick={() => onChange({ statuses: toggle(query.statuses, status) })}
            >
              {STATUS_LABELS[status]}
            </button>
          ))}
        </div>
        {(tags.length > 0 || query.tags.length > 0) && (
          <div className="toolbar__group" role="group" aria-label="Filter by tag">
            {query.tags.map((tag) => (
              <button
                key={tag}
                type="button"
                className="filter-chip"
                aria-pressed="true"
                aria-label={`Remove tag filter ${tag}`}
                onClick={() => onChange({ tags: query.tags.filter((t) => t !== tag) })}
              >
                #{tag} <span aria-hidden="true">×</span>
              </button>
            ))}
            {availableTags.length > 0 && (
              <select
                aria-label="Filter by tag"
                className="toolbar__tag-select"
                value=""
                onChange={(event) => onChange({ tags: [...query.tags, event.target.value] })}
              >
                <option value="">+ Tag</option>
                {availableTags.map((tag) => (
                  <option key={tag} value={tag}>
                    {tag}
                  </option>
                ))}
              </select>
            )}
          </div>
        )}
        {isFiltered(query) && (
          <button
            type="button"
            className="button button--quiet"
            onClick={() =>
              onChange({ q: '', statuses: [], tags: [], section: null, newOnly: false })
            }
          >
            Clear filters
          </button>
        )}
        <p className="toolbar__count" role="status" aria-live="polite">
          {searching
            ? 'Searching…'
            : shown === total
              ? `${total} papers`
              : `${shown} of ${total} papers`}
        </p>
      </div>
    </div>
  );
}
