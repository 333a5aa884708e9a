import { useId } from 'react';
import type { DetailsInput } from '../lib/papers/paper-details';
import './paper-details-fields.css';

type PaperDetailsFieldsProps = {
  value: DetailsInput;
  onChange: (value: DetailsInput) => void;
  /** Puts the caret in the title, for a form that opens to be filled in. */
  focusTitle?: boolean;
};

/** Title (needed), authors, venue and year of a paper, as typed. */
export function PaperDetailsFields({
  value,
  onChange,
  focusTitle = false,
}: PaperDetailsFieldsProps) {
  const id = useId();
  const field = (name: keyof DetailsInput) => ({
    id: `${id}-${name}`,
    value: value[name],
    onChange: (event: { target: { value: string } }) =>
      onChange({ ...value, [name]: event.target.value }),
  });
  return (
    <div className="details-fields">
      <label htmlFor={`${id}-title`}>Title</label>
      <input {...field('title')} required autoFocus={focusTitle} autoComplete="off" />
      <label htmlFor={`${id}-authors`}>Authors</label>
      <input
        {...field('authors')}
        autoComplete="off"
        placeholder="Kexin Pei, Yinzhi Cao"
        aria-describedby={`${id}-authors-hint`}
      />
      <span id={`${id}-authors-hint`} className="details-fields__hint muted">
        Separated by commas.
      </span>
      <div className="details-fields__row">
        <span>
          <label htmlFor={`${id}-venue`}>Venue</label>
          <input {...field('venue')} autoComplete="off" placeholder="SOSP" />
        </span>
        <span>
          <label htmlFor={`${id}-year`}>Year</label>
          <input {...field('year')} inputMode="numeric" autoComplete="off" maxLength={4} />
        </span>
      </div>
    </div>
  );
}
