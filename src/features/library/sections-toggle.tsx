type SectionsToggleProps = {
  open: boolean;
  /** The section the list is narrowed to, if any. */
  sectionTitle: string | null;
  onToggle: () => void;
};

/** Opens and closes the sections panel on narrow screens. */
export function SectionsToggle({ open, sectionTitle, onToggle }: SectionsToggleProps) {
  return (
    <button
      type="button"
      className="button sections-toggle"
      aria-expanded={open}
      onClick={onToggle}
    >
      <span>
        Sections
        {sectionTitle !== null && `: ${sectionTitle}`}
      </span>
      <span aria-hidden="true">{open ? '▴' : '▾'}</span>
    </button>
  );
}
