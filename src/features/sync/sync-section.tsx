import { useState, type FormEvent } from 'react';
import './sync.css';
import { useSyncConfig, type SyncConfig } from '../../db/sync/sync-config';
import { syncStateText, useSyncStateStore } from '../../stores/sync-state-store';
import { connectSync, disconnectSync } from './sync-controller';
import { takeSyncLink } from './sync-link';

export function SyncSection() {
  const config = useSyncConfig();
  return (
    <section className="card" aria-labelledby="sync-heading">
      <h3 id="sync-heading">Sync</h3>
      <p>
        Keep this library the same on your other devices through a Readmark sync server of your own.
        Notes edited on two devices are merged character by character; everything keeps working
        offline and is sent when the server can be reached again.
      </p>
      {config === undefined ? <p className="muted">Loading…</p> : <SyncForm config={config} />}
    </section>
  );
}

function SyncForm({ config }: { config: SyncConfig | null }) {
  const state = useSyncStateStore();
  // A #sync= link just opened wins over what was saved.
  const [link] = useState(takeSyncLink);
  const [server, setServer] = useState(link?.server ?? config?.server ?? '');
  const [token, setToken] = useState(link?.token ?? config?.token ?? '');
  const [error, setError] = useState('');
  // A refused connection is over: the form opens again for a better token.
  const on = config?.enabled === true && state.phase !== 'refused';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError('');
    if (on) {
      await disconnectSync();
      return;
    }
    const result = await connectSync(server, token);
    if (!result.ok) setError(result.message);
  };

  return (
    <>
      <form className="sync-form" onSubmit={(event) => void submit(event)}>
        <label>
          Sync server
          <input
            type="url"
            value={server}
            placeholder="wss://sync.example.org"
            onChange={(event) => setServer(event.target.value)}
            readOnly={on}
            autoComplete="off"
            spellCheck={false}
          />
        </label>
        <label>
          Sync token
          <input
            type="text"
            value={token}
            onChange={(event) => setToken(event.target.value)}
            readOnly={on}
            autoComplete="off"
            spellCheck={false}
          />
        </label>
        <button type="submit" className="button">
          {on ? 'Disconnect' : 'Connect'}
        </button>
      </form>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <p className="sync-form__state">
        {config?.enabled
          ? syncStateText(state)
          : 'Sync is off: this library is only on this device.'}
      </p>
      {config?.account && config.joined && (
        <p className="muted">
          This device syncs the library of <strong>{config.account}</strong>.
        </p>
      )}
      {state.cameIn !== null && (
        <p role="status">
          {state.cameIn === 1
            ? '1 paper came in from your account.'
            : `${state.cameIn} papers came in from your account.`}
        </p>
      )}
    </>
  );
}
