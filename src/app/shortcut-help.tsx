import { useId } from 'react';
import { ModalDialog } from '../components/modal-dialog';
import { SHORTCUT_HELP } from '../lib/shortcuts';

export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  const titleId = useId();
  return (
    <ModalDialog onClose={onClose} labelledBy={titleId} className="palette">
      <h2 id={titleId}>Keyboard shortcuts</h2>
      <dl className="shortcut-list">
        {SHORTCUT_HELP.map((entry) => (
          <div key={entry.keys}>
            <dt>
              <kbd>{entry.keys}</kbd>
            </dt>
            <dd>{entry.does}</dd>
          </div>
        ))}
      </dl>
      <p className="muted">Shortcuts do nothing while you type in a field, except Escape.</p>
      <button type="button" className="button" onClick={onClose} autoFocus>
        Close
      </button>
    </ModalDialog>
  );
}
