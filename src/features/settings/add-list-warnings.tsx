import { warningsSummary } from '../../lib/catalogue/catalogue-warning';

// A list has thousands of warnings at worst; the first ones say what kind of problem it has.
const SHOWN_WARNINGS = 500;

/** The entries an added list skipped, with their lines, folded away. */
export function AddListWarnings({ warnings }: { warnings: string[] }) {
  if (warnings.length === 0) return null;
  return (
    <details className="add-list__warnings">
      <summary>{warningsSummary(warnings)}</summary>
      <ul>
        {warnings.slice(0, SHOWN_WARNINGS).map((warning, index) => (
          <li key={index}>{warning}</li>
        ))}
      </ul>
      {warnings.length > SHOWN_WARNINGS && (
        <p className="muted">
          and {(warnings.length - SHOWN_WARNINGS).toLocaleString('en-US')} more;{' '}
          <code>npm run catalogue -- &lt;file&gt;</code> prints them all.
        </p>
      )}
    </details>
  );
}
