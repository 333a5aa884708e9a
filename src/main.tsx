import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startServiceWorker } from './app/app-update';
import { applyTheme } from './hooks/theme-preference';
import { openDatabase } from './db/database-health';
import { hasNoteDrafts, recoverNoteDrafts } from './db/note-drafts';
import { askForPersistenceAfterFirstSave } from './db/storage-persistence';
import './app/styles.css';
// After the base styles, so feature styles can refine them.
import { App } from './app/app';
import { preloadMarkdown } from './components/inline-markdown';
import { afterPaint } from './lib/after-paint';

applyTheme();
void openDatabase();
startServiceWorker();
askForPersistenceAfterFirstSave();

function render() {
  // Descriptions show as plain text until the renderer is here: it must not compete with the
  // list's own script and data for the first paint.
  void afterPaint().then(preloadMarkdown);
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

// Notes typed just before the last tab closed are put back before anything shows them.
if (hasNoteDrafts()) {
  recoverNoteDrafts()
    .catch((error: unknown) => console.error('Could not recover unsaved notes', error))
    .finally(render);
} else {
  render();
}
