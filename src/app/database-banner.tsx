import { useDatabaseProblem } from '../db/database-health';

export function DatabaseBanner() {
  const problem = useDatabaseProblem();
  if (!problem) return null;
  return (
    <div className="banner banner--warn" role="alert">
      <span>{problem.message}</span>
      {problem.kind !== 'unavailable' && (
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Reload
        </button>
      )}
    </div>
  );
}
