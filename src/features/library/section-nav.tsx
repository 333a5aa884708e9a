import { memo, type ReactNode } from 'react';
import type { CatalogueOutline, SectionNode } from '../../lib/catalogue/catalogue-outline';

type SectionNavProps = {
  outline: CatalogueOutline;
  activeSectionId: string | null;
  onSelect: (sectionId: string | null) => void;
  renderProgress?: (sectionId: string | null) => ReactNode;
};

export const SectionNav = memo(function SectionNav({
  outline,
  activeSectionId,
  onSelect,
  renderProgress,
}: SectionNavProps) {
  const renderNode = (node: SectionNode) => (
    <li key={node.id}>
      <button
        type="button"
        className="section-nav__item"
        aria-current={activeSectionId === node.id ? 'true' : undefined}
        onClick={() => onSelect(node.id)}
      >
        <span className="section-nav__title">{node.title}</span>
        {renderProgress?.(node.id)}
      </button>
      {node.children.length > 0 && <ul>{node.children.map(renderNode)}</ul>}
    </li>
  );

  return (
    <nav className="section-nav" aria-label="Sections">
      <ul>
        <li>
          <button
            type="button"
            className="section-nav__item"
            aria-current={activeSectionId === null ? 'true' : undefined}
            onClick={() => onSelect(null)}
          >
            <span className="section-nav__title">All papers</span>
            {renderProgress?.(null)}
          </button>
        </li>
        {outline.roots.map(renderNode)}
      </ul>
    </nav>
  );
});
