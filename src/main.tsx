import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { applyTheme } from './hooks/theme-preference';
import { openDatabase } from './db/database-health';
import { hasNoteDrafts, recoverNoteDrafts } from './db/note-drafts';
import './app/styles.css';
// After the base styles, so feature styles can refine them.
import { App } from './app/app';
import { keepEarlyKeys } from './app/early-keys';
import { LAST_SCREEN_ID } from './app/first-screen/first-screen-marks';
import { guardUnsavedWrites } from './app/unload-guard';
import { preloadMarkdown } from './components/inline-markdown';
import { afterLoad, afterPaint } from './lib/after-paint';

applyTheme();
keepEarlyKeys();
guardUnsavedWrites();
void openDatabase();
// A #sync= link from the sync server's token command opens Settings, where the form reads it.
if (window.location.hash.startsWith('#sync=')) {
  history.replaceState(history.state, '', `/settings${window.location.hash}`);
}
// The service worker's install downloads every file of the app: not while the list loads.
// Their code may fail to load (the network drops, or the page is left while it loads): the app
// works on without them, as it does without sync.
void afterLoad()
  .then(async () => {
    const [{ startServiceWorker }, { askForPersistenceAfterFirstSave }] = await Promise.all([
      import('./app/app-update'),
      import('./db/storage-persistence'),
    ]);
    startServiceWorker();
    askForPersistenceAfterFirstSave();
  })
  .catch((error: unknown) => console.error('Offline support could not start', error));
// Sync, when this device has it on, connects once the page is up: its code is not in the way.
void afterLoad()
  .then(() => import('./features/sync/start-sync'))
  .then(({ startSyncIfOn }) => startSyncIfOn())
  .catch((error: unknown) => console.error('Sync could not start', error));

function render() {
  // Descriptions show as plain text until the renderer is here: it must not compete with the
  // list's own script and data for the first paint.
  void afterPaint().then(preloadMarkdown);
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  // Rendered in slices rather than in one long task: a phone stays responsive while it starts.
  startTransition(() =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
}

// A returning visitor's picture of their list (put in by the boot script) paints first: the
// app's first render would otherwise hold that paint back.
function renderAfterPicture() {
  if (document.getElementById(LAST_SCREEN_ID)) requestAnimationFrame(() => setTimeout(render));
  else render();
}

// Notes typed just before the last tab closed are put back before anything shows them.
if (hasNoteDrafts()) {
  recoverNoteDrafts()
    .catch((error: unknown) => console.error('Could not recover unsaved notes', error))
    .finally(renderAfterPicture);
} else {
  renderAfterPicture();
}
