import { getMeta, setMeta, useMeta } from '../meta';

/**
 * This device's sync settings. Kept per device (never synced or backed up: the token is a
 * credential). `account` is the user whose library this device holds once it first connected;
 * `joined` says the first merge with that account has happened.
 */
export type SyncConfig = {
  server: string;
  token: string;
  enabled: boolean;
  account?: string;
  joined?: boolean;
};

const SYNC_KEY = 'sync';

function toConfig(value: unknown): SyncConfig | null {
  if (typeof value !== 'object' || value === null) return null;
  const { server, token, enabled, account, joined } = value as Record<string, unknown>;
  if (typeof server !== 'string' || typeof token !== 'string') return null;
  return {
    server,
    token,
    enabled: enabled === true,
    ...(typeof account === 'string' ? { account } : {}),
    ...(joined === true ? { joined } : {}),
  };
}

export async function getSyncConfig(): Promise<SyncConfig | null> {
  return toConfig(await getMeta(SYNC_KEY));
}

/** Live; undefined while loading, null when sync was never set up. */
export function useSyncConfig(): SyncConfig | null | undefined {
  const value = useMeta(SYNC_KEY);
  return value === undefined ? undefined : toConfig(value);
}

export function saveSyncConfig(config: SyncConfig): Promise<void> {
  return setMeta(SYNC_KEY, config, 'the sync settings');
}
