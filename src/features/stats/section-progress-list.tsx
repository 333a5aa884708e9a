import { Link } from 'wouter';
import { ProgressBar } from '../../components/progress-bar';
import type { SectionProgress } from '../../lib/stats/reading-stats';
import { filteredListPath } from './stats-links';

export function SectionProgressList({ sections }: { sections: readonly SectionProgress[] }) {
  if (sections.length === 0) {
    return (
      <p className="empty-state">This list has no sections, so there is nothing to show here.</p>
    );
  }
  return (
    <ul className="stats-sections">
      {sections.map((section) => (
        <li
          key={section.id}
          className="stats-sections__row"
          // Nested sections are indented under their parent, as in the list's outline.
          style={{ paddingInlineStart: `${section.depth * 1.25}rem` }}
        >
          <Link href={filteredListPath({ section: section.id })} className="stats-sections__title">
            {section.title}
          </Link>
          <ProgressBar done={section.read} total={section.total} label="read" />
        </li>
      ))}
    </ul>
  );
}
