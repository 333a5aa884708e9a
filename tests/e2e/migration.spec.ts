import { expect, test } from './fixtures';
import { DEEPXPLORE } from './helpers';

// Exactly what release 1 of Readmark stored (Dexie schema version 1 is IndexedDB version 10).
const V1_RECORD = {
  id: 'doi:10.1145/3132747.3132785',
  title: DEEPXPLORE,
  url: 'https://dl.acm.org/doi/10.1145/3132747.3132785',
  status: 'read',
  statusChangedAt: 1_700_000_300_000,
  startedAt: 1_700_000_100_000,
  finishedAt: 1_700_000_300_000,
  note: '## From release 1\n\nNeuron coverage. 🧪 日本語',
  noteUpdatedAt: 1_700_000_200_000,
  tags: ['testing', 'to cite'],
  createdAt: 1_700_000_000_000,
  updatedAt: 1_700_000_300_000,
};

test('a database written by the previous schema is upgraded with nothing lost', async ({
  page,
}) => {
  // A page of the app's origin that does not run the app, to write the old database.
  await page.goto('/manifest.webmanifest');
  await page.evaluate(
    (record) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('readmark', 10);
        open.onupgradeneeded = () => {
          const papers = open.result.createObjectStore('papers', { keyPath: 'id' });
          papers.createIndex('status', 'status');
          papers.createIndex('updatedAt', 'updatedAt');
          papers.createIndex('tags', 'tags', { multiEntry: true });
        };
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('papers', 'readwrite');
          tx.objectStore('papers').put(record);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
        };
      }),
    V1_RECORD,
  );

  await page.goto(`/?q=deepxplore`);
  const card = page.getByRole('article', { name: DEEPXPLORE });
  await expect(card.getByRole('combobox', { name: 'Status' })).toHaveValue('read');
  await expect(card.getByText('#to cite')).toBeVisible();
  await card.getByRole('link', { name: DEEPXPLORE }).click();
  await expect(
    page.getByRole('dialog', { name: DEEPXPLORE }).getByRole('textbox', { name: 'Notes' }),
  ).toHaveValue(V1_RECORD.note);

  const stored = await page.evaluate(
    () =>
      new Promise<{ version: number; stores: string[]; record: unknown }>((resolve, reject) => {
        const open = indexedDB.open('readmark');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const get = db
            .transaction('papers')
            .objectStore('papers')
            .get('doi:10.1145/3132747.3132785');
          get.onsuccess = () => {
            resolve({ version: db.version, stores: [...db.objectStoreNames], record: get.result });
            db.close();
          };
        };
      }),
  );
  expect(stored.version).toBe(20);
  expect(stored.stores).toEqual(expect.arrayContaining(['papers', 'lists', 'meta']));
  expect(stored.record).toEqual({ ...V1_RECORD, tagsUpdatedAt: V1_RECORD.updatedAt });
});

test('when another tab upgrades the database, this one saves, steps aside and asks to reload', async ({
  context,
}) => {
  const app = await context.newPage();
  await app.goto('/?q=deepxplore');
  await expect(app.getByRole('article', { name: DEEPXPLORE })).toBeVisible();

  // Another tab runs a newer release, whose schema is one version ahead.
  const newer = await context.newPage();
  await newer.goto('/manifest.webmanifest');
  const upgraded = await newer.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('readmark', 30);
        open.onupgradeneeded = () => open.result.createObjectStore('from-the-future');
        open.onblocked = () => reject(new Error('blocked by the old tab'));
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          resolve(open.result.version);
          open.result.close();
        };
      }),
  );
  expect(upgraded).toBe(30);
  await expect(app.getByRole('alert')).toContainText('updated in another tab');
  await expect(app.getByRole('button', { name: 'Reload' })).toBeVisible();

  // Reloaded, the older release still opens the data it knows (Dexie opens a newer schema
  // that contains its own tables), and nothing was deleted.
  await app.reload();
  await expect(app.getByRole('article', { name: DEEPXPLORE })).toBeVisible();
  await expect(app.getByRole('alert')).toHaveCount(0);
});
