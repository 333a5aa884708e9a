/**
 * The floor for a restore: the backup's records put with raw IndexedDB in one readwrite
 * transaction, timed from the transaction's creation to `complete`. The records go into a
 * scratch database that copies the app's `papers` store and its indexes (index upkeep is part
 * of the cost), so the app's own database stays empty for the restore that follows.
 */
import type { Page } from '@playwright/test';

export async function rawRestoreFloor(page: Page, backupUrl: string): Promise<number> {
  return page.evaluate(async (url) => {
    const request = <T>(req: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
    const app = await request(indexedDB.open('readmark'));
    const source = app.transaction('papers', 'readonly').objectStore('papers');
    const indexes = Array.from(source.indexNames).map((name) => {
      const index = source.index(name);
      return { name, keyPath: index.keyPath, unique: index.unique, multiEntry: index.multiEntry };
    });
    const keyPath = source.keyPath;
    app.close();

    const name = `bench-floor-${Date.now()}`;
    const opening = indexedDB.open(name, 1);
    opening.onupgradeneeded = () => {
      const store = opening.result.createObjectStore('papers', { keyPath });
      for (const index of indexes) {
        store.createIndex(index.name, index.keyPath, {
          unique: index.unique,
          multiEntry: index.multiEntry,
        });
      }
    };
    const db = await request(opening);
    const backup = (await (await fetch(url)).json()) as { papers: unknown[] };

    const started = performance.now();
    const elapsed = await new Promise<number>((resolve, reject) => {
      const tx = db.transaction('papers', 'readwrite');
      const store = tx.objectStore('papers');
      for (const record of backup.papers) store.put(record);
      tx.oncomplete = () => resolve(performance.now() - started);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error ?? new Error('the raw restore was aborted'));
    });
    db.close();
    await request(indexedDB.deleteDatabase(name));
    return elapsed;
  }, backupUrl);
}
