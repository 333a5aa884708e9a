import { getSyncConfig } from '../../db/sync/sync-config';

/** After load: the sync code is fetched only when this device has sync on. */
export async function startSyncIfOn(): Promise<void> {
  const config = await getSyncConfig();
  if (!config?.enabled) return;
  const { resumeSync } = await import('./sync-controller');
  await resumeSync();
}
