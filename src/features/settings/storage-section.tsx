import { requestPersistentStorage, useStorageInfo } from '../../db/storage-persistence';
import { formatBytes } from '../../lib/format-bytes';

export function StorageSection() {
  const [info, refresh] = useStorageInfo();
  return (
    <section className="card" aria-labelledby="storage-heading">
      <h3 id="storage-heading">Your data</h3>
      <p>
        Everything you write in Readmark (statuses, notes, tags) is kept in this browser, on this
        device, in its IndexedDB storage. It is never sent anywhere. Clearing this site&apos;s data
        in the browser deletes it: keep a backup.
      </p>
      <dl className="facts">
        <dt>Persistent storage</dt>
        <dd>
          {info === null
            ? 'Checking…'
            : info.persisted === null
              ? 'Not supported by this browser'
              : info.persisted
                ? 'Yes: the browser will not clear it to free space'
                : 'No: the browser may clear it when space runs low'}
          {info?.persisted === false && (
            <button
              type="button"
              className="button"
              onClick={() => void requestPersistentStorage().then(refresh)}
            >
              Ask to keep my data
            </button>
          )}
        </dd>
        <dt>Space used</dt>
        <dd>
          {info?.usage == null
            ? 'Unknown'
            : `${formatBytes(info.usage)}${info.quota ? ` of ${formatBytes(info.quota)} available` : ''}`}
        </dd>
      </dl>
    </section>
  );
}
