import { getSyncConfig, saveSyncConfig, type SyncConfig } from '../../db/sync/sync-config';
import { isSyncAddress, tokenUser } from '../../lib/sync/token-user';
import { useSyncStateStore, type SyncPhase } from '../../stores/sync-state-store';
import type { SyncSession } from './sync-engine';

// One tab per browser talks to the server (the holder of a Web Lock); the others see its state
// over a channel and the data through the shared database. Two tabs each copying the same
// table change into their own document would write it twice.
const LOCK = 'readmark-sync';
const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(LOCK);

type Message =
  | { kind: 'state'; phase: SyncPhase; waiting: number; reason: string }
  | { kind: 'config' }
  // A tab that just opened asks the leading tab for its state.
  | { kind: 'ask' };

let session: SyncSession | null = null;
let releaseLock: (() => void) | null = null;
let leading = false;

function announce(): void {
  const { phase, waiting, reason } = useSyncStateStore.getState();
  if (leading) channel?.postMessage({ kind: 'state', phase, waiting, reason } satisfies Message);
}

useSyncStateStore.subscribe(announce);

channel?.addEventListener('message', (event: MessageEvent<Message>) => {
  const message = event.data;
  if (message.kind === 'state' && !leading) {
    useSyncStateStore.getState().set({
      phase: message.phase,
      waiting: message.waiting,
      reason: message.reason,
    });
  } else if (message.kind === 'config' && leading) {
    void restart();
  } else if (message.kind === 'ask') {
    announce();
  }
});

async function restart(): Promise<void> {
  await session?.stop();
  session = null;
  const config = await getSyncConfig();
  if (!config?.enabled || !config.account) {
    useSyncStateStore.getState().set({ phase: 'off', waiting: 0 });
    releaseLock?.();
    return;
  }
  useSyncStateStore.getState().set({ phase: 'connecting', reason: '' });
  const { startSync } = await import('./sync-engine');
  session = await startSync({ ...config, account: config.account });
}

function lead(): void {
  if (leading || typeof navigator === 'undefined' || !('locks' in navigator)) {
    void restart();
    return;
  }
  channel?.postMessage({ kind: 'ask' } satisfies Message);
  void navigator.locks.request(
    LOCK,
    () =>
      new Promise<void>((release) => {
        leading = true;
        releaseLock = () => {
          leading = false;
          releaseLock = null;
          release();
        };
        void restart();
      }),
  );
}

/** At start: connects when this device has sync on; costs nothing otherwise. */
export async function resumeSync(): Promise<void> {
  const config = await getSyncConfig();
  if (config?.enabled) {
    useSyncStateStore.getState().set({ phase: 'connecting' });
    lead();
  }
}

export type ConnectResult = { ok: true } | { ok: false; message: string };

export async function connectSync(server: string, token: string): Promise<ConnectResult> {
  const address = server.trim();
  if (!isSyncAddress(address)) {
    return { ok: false, message: 'The server address must start with ws:// or wss://.' };
  }
  const user = tokenUser(token);
  const previous = await getSyncConfig();
  // This device's library belongs to the account it first joined; another user's token is
  // sent for that account's document, and the server refuses it.
  const account = previous?.account ?? user ?? 'unknown';
  const config: SyncConfig = {
    server: address,
    token: token.trim(),
    enabled: true,
    account,
    ...(previous?.joined && previous.account === account ? { joined: true } : {}),
  };
  await saveSyncConfig(config);
  channel?.postMessage({ kind: 'config' } satisfies Message);
  if (leading) await restart();
  else lead();
  return { ok: true };
}

export async function disconnectSync(): Promise<void> {
  const config = await getSyncConfig();
  if (config) await saveSyncConfig({ ...config, enabled: false });
  channel?.postMessage({ kind: 'config' } satisfies Message);
  if (leading) await restart();
  else useSyncStateStore.getState().set({ phase: 'off', waiting: 0 });
}
