type CatalogueChangesBannerProps = {
  added: number;
  removedWithState: number;
  showingNew: boolean;
  onShow: () => void;
  onDismiss: () => void;
};

function papers(count: number) {
  return count === 1 ? '1 paper' : `${count} papers`;
}

/** "4 new papers since your last visit", with a way to see them. */
export function CatalogueChangesBanner(props: CatalogueChangesBannerProps) {
  const { added, removedWithState, showingNew, onShow, onDismiss } = props;
  if (added === 0 && removedWithState === 0) return null;
  const parts = [
    added > 0 &&
      `${added === 1 ? '1 new paper' : `${added} new papers`} in this list since your last visit.`,
    removedWithState > 0 &&
      `${papers(removedWithState)} you worked on left the list; your notes are kept under “Not in this list any more”.`,
  ].filter(Boolean);
  return (
    <div className="banner banner--info" role="status">
      <span>{parts.join(' ')}</span>
      <span className="banner__actions">
        {added > 0 && !showingNew && (
          <button type="button" className="button" onClick={onShow}>
            Show new papers
          </button>
        )}
        <button type="button" className="button button--primary" onClick={onDismiss}>
          Got it
        </button>
      </span>
    </div>
  );
}
