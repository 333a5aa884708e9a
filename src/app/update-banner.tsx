import { reportRejection } from '../lib/report-rejection';
import { useAppUpdate } from './update-state';

// Loaded by then: the banner shows only once the service worker code has reported an update.
const applyUpdate = () => import('./app-update').then((module) => module.applyUpdate());

export function UpdateBanner() {
  const update = useAppUpdate();
  if (!update.available && !update.activatedElsewhere) return null;
  return (
    <div className="banner banner--info" role="status">
      <span>
        {update.activatedElsewhere
          ? 'Readmark was updated in another tab. Reload when you are ready; your notes are saved first.'
          : 'Update available. Your notes are saved before the app reloads.'}
      </span>
      <button
        type="button"
        className="button button--primary"
        onClick={() => reportRejection(applyUpdate())}
      >
        Reload
      </button>
    </div>
  );
}
