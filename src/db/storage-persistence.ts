import { useEffect, useState } from 'react';
import { getSaveState, subscribeSaveState } from './save-status';

export type StorageInfo = { persisted: boolean | null; usage: number | null; quota: number | null };

export async function readStorageInfo(): Promise<StorageInfo> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  const [persisted, estimate] = await Promise.all([
    storage?.persisted ? storage.persisted().catch(() => null) : Promise.resolve(null),
    storage?.estimate ? storage.estimate().catch(() => null) : Promise.resolve(null),
  ]);
  return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}

/** Asks the browser not to evict this site's data under storage pressure. */
export async function requestPersistentStorage(): Promise<boolean | null> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage?.persist) return null;
  return storage.persist().catch(() => null);
}

/**
 * Asks for persistent storage once the user has saved something: asking on first load, before
 * there is anything to keep, is both premature and more likely to be refused.
 */
export function askForPersistenceAfterFirstSave(): () => void {
  let asked = false;
  const check = () => {
    if (asked || getSaveState().lastSavedAt === null) return;
    asked = true;
    void requestPersistentStorage();
  };
  return subscribeSaveState(check);
}

export function useStorageInfo(): [StorageInfo | null, () => void] {
  const [info, setInfo] = useState<StorageInfo | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    void readStorageInfo().then((next) => live && setInfo(next));
    return () => {
      live = false;
    };
  }, [version]);
  return [info, () => setVersion((v) => v + 1)];
}
