// Reads an added list off the page's thread: parsing a large awesome list takes seconds, and a
// hostile one could take minutes, so the page only waits for messages (and can stop the worker).
import { importListFile } from '../../lib/lists/import-list';
import type { ImportListMessage, ImportListRequest, ImportStage } from './import-list-file';

const post = (message: ImportListMessage) => self.postMessage(message);

self.addEventListener('message', (event: MessageEvent<ImportListRequest>) => {
  const { file, name, now, sourceUrl } = event.data;
  post({ kind: 'stage', stage: 'reading' });
  file.text().then(
    (text) => {
      const onStage = (stage: ImportStage) => post({ kind: 'stage', stage });
      const result = importListFile(name, text, now, onStage, { sourceUrl });
      post({ kind: 'done', result });
    },
    () => post({ kind: 'done', result: { ok: false, error: `${name} could not be read.` } }),
  );
});
