export type FilterByTag = (tag: string) => void;

type TagChipsProps = {
  /** The list's own tags for the paper. */
  listTags: readonly string[];
  /** The user's tags, shown after the list's with a "#". */
  userTags: readonly string[];
  onFilter: FilterByTag;
};

/** A paper's tags as buttons: each one narrows the list to the papers with that tag. */
export function TagChips({ listTags, userTags, onFilter }: TagChipsProps) {
  const chip = (tag: string, kind: 'list' | 'user') => (
    <button
      type="button"
      key={`${kind}-${tag}`}
      className={kind === 'list' ? 'chip chip--list tag-chip' : 'chip tag-chip'}
      aria-label={`Show papers tagged ${tag}`}
      title={`Show papers tagged ${tag}`}
      onClick={() => onFilter(tag)}
    >
      {kind === 'user' ? `#${tag}` : tag}
    </button>
  );
  return (
    <>
      {listTags.map((tag) => chip(tag, 'list'))}
      {userTags.map((tag) => chip(tag, 'user'))}
    </>
  );
}
