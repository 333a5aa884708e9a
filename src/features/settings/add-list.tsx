import { Link } from 'wouter';
import { FileButton } from '../../components/file-button';
import { AddListProgress } from './add-list-progress';
import { AddListWarnings } from './add-list-warnings';
import { AddressForm } from './address-form';
import { useAddList } from './use-add-list';

/** Add list: from a GitHub address or a file, the reading progress, and what came of it. */
export function AddList() {
  const { state, add, addFromAddress, cancel } = useAddList();
  return (
    <div className="add-list">
      <h4 className="add-list__heading">Add a list</h4>
      <AddressForm onAdd={addFromAddress} />
      <p className="add-list__file">
        <span className="muted">Or from a file on this device:</span>{' '}
        <FileButton
          label="Add list"
          accept=".md,.markdown,.json,text/markdown,application/json"
          onFile={add}
        />
      </p>
      {state.kind === 'working' && <AddListProgress {...state} onCancel={cancel} />}
      {state.kind === 'refused' && (
        <p role="alert" className="error-text">
          {state.message} Nothing was added.
        </p>
      )}
      {state.kind === 'stopped' && (
        <p role="status">
          Stopped {state.fetching ? 'fetching' : 'reading'} {state.fileName}. Nothing was added.
        </p>
      )}
      {state.kind === 'added' && (
        <div className="add-list__result">
          {state.active ? (
            <p role="status">
              {state.message} It is the current list now. <Link href="/">Go to the list</Link>
            </p>
          ) : (
            <p role="status">{state.message} Switch to it with “List” at the top.</p>
          )}
          <AddListWarnings warnings={state.warnings} />
        </div>
      )}
    </div>
  );
}
