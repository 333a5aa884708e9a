import { useState } from 'react';
import { PaperDetailsFields } from '../../components/paper-details-fields';
import { editMyPaper } from '../../db/my-papers';
import type { CataloguePaper } from '../../lib/catalogue/schema';
import { checkDetails, detailsInputOf } from '../../lib/papers/paper-details';

/** "Edit details" of a paper in My papers: title, authors, venue and year. */
export function EditDetails({ paper }: { paper: CataloguePaper }) {
  const [editing, setEditing] = useState(false);
  const [input, setInput] = useState(() => detailsInputOf(paper));
  const [error, setError] = useState('');

  if (!editing) {
    return (
      <button
        type="button"
        className="button"
        onClick={() => {
          setInput(detailsInputOf(paper));
          setError('');
          setEditing(true);
        }}
      >
        Edit details
      </button>
    );
  }
  return (
    <form
      className="edit-details"
      aria-label="Details"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const check = checkDetails(input);
        if (!check.ok) return setError(check.message);
        editMyPaper(paper.id, check.details).then(
          () => setEditing(false),
          (saveError: unknown) =>
            setError(saveError instanceof Error ? saveError.message : String(saveError)),
        );
      }}
    >
      <PaperDetailsFields value={input} onChange={setInput} focusTitle />
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      <div className="edit-details__actions">
        <button type="button" className="button" onClick={() => setEditing(false)}>
          Cancel
        </button>
        <button type="submit" className="button button--primary">
          Save details
        </button>
      </div>
    </form>
  );
}
