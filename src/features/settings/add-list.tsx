import { FileButton } from '../../components/file-button';
import { AddListProgress } from './add-list-progress';
import { useAddList } from './use-add-list';

// A list has thousands of warnings at worst; the first ones say what kind of problem it has.
const SHOWN_WARNINGS = 500;

/** "Add list": the file picker, the reading progress, and what came of it. */
export function AddList() {
  const { state, add, cancel } = useAddList();
  return (
    <div className="add-list">
      <FileButton
        label="Add list"
        accept=".md,.markdown,.json,text/markdown,application/json"
        onFile={add}
      />
      {state.kind === 'working' && <AddListProgress {...state} onCancel={cancel} />}
      {state.kind === 'refused' && (
        <p role="alert" className="error-text">
          {state.message} Nothing was added.
        </p>
      )}
      {state.kind === 'stopped' && (
        <p role="status">Stopped reading {state.fileName}. Nothing was added.</p>
      )}
      {state.kind === 'added' && (
        <div className="add-list__result">
          <p role="status">{state.message} Switch to it with “List” at the top.</p>
          {state.warnings.length > 0 && (
            <details className="add-list__warnings">
              <summary>
                {state.warnings.length === 1
                  ? '1 warning'
                  : `${state.warnings.length.toLocaleString('en-US')} warnings`}{' '}
                with their lines
              </summary>
              <ul>
                {state.warnings.slice(0, SHOWN_WARNINGS).map((warning, index) => (
                  <li key={index}>{warning}</li>
                ))}
              </ul>
              {state.warnings.length > SHOWN_WARNINGS && (
                <p className="muted">
                  and {(state.warnings.length - SHOWN_WARNINGS).toLocaleString('en-US')} more;{' '}
                  <code>npm run catalogue -- &lt;file&gt;</code> prints them all.
                </p>
              )}
            </details>
          )}
        </div>
      )}
    </div>
  );
}
