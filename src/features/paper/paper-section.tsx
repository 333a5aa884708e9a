import { useId, useState } from 'react';
import { addMySection, moveMyPaper } from '../../db/my-papers';
import type { CataloguePaper, CatalogueSection } from '../../lib/catalogue/schema';
import { reportRejection } from '../../lib/report-rejection';

type PaperSectionProps = { paper: CataloguePaper; sections: readonly CatalogueSection[] };

/** Which section of My papers a paper is in, and "New section" to make one for it. */
export function PaperSection({ paper, sections }: PaperSectionProps) {
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const [error, setError] = useState('');
  const selectId = useId();
  const nameId = useId();

  return (
    <div className="paper-section">
      <label htmlFor={selectId}>Section</label>
      <select
        id={selectId}
        value={paper.sectionIds[0] ?? ''}
        onChange={(event) => reportRejection(moveMyPaper(paper.id, event.target.value || null))}
      >
        <option value="">No section</option>
        {sections.map((section) => (
          <option key={section.id} value={section.id}>
            {section.title}
          </option>
        ))}
      </select>
      {naming ? (
        <form
          className="paper-section__new"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            addMySection(name, paper.id).then(
              () => {
                setNaming(false);
                setName('');
                setError('');
              },
              (saveError: unknown) =>
                setError(saveError instanceof Error ? saveError.message : String(saveError)),
            );
          }}
        >
          <label htmlFor={nameId} className="visually-hidden">
            Name of the new section
          </label>
          <input
            id={nameId}
            value={name}
            autoFocus
            placeholder="Name of the new section"
            onChange={(event) => setName(event.target.value)}
          />
          <button type="submit" className="button">
            Create
          </button>
          {error && (
            <p role="alert" className="error-text">
              {error}
            </p>
          )}
        </form>
      ) : (
        <button type="button" className="button button--quiet" onClick={() => setNaming(true)}>
          New section
        </button>
      )}
    </div>
  );
}
