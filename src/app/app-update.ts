import { useSyncExternalStore } from 'react';
import { registerSW } from 'virtual:pwa-register';
import { flushAfterPendingWrites } from '../db/save-status';
import { flushPendingInput } from '../lib/pending-flushes';

type UpdateState = {
  /** A new version is installed and waits for the user. */
  available: boolean;
  /** Another tab already switched to the new version; this one should reload when ready. */
  activatedElsewhere: boolean;
};

let state: UpdateState = { available: false, activatedElsewhere: false };
const listeners = new Set<() => void>();
let updateServiceWorker: ((reload?: boolean) => Promise<void>) | null = null;
let appliedHere = false;

function set(next: Partial<UpdateState>) {
  state = { ...state, ...next };
  listeners.forEach((listener) => listener());
}

async function saveEverything(): Promise<void> {
  flushPendingInput();
  await flushAfterPendingWrites();
}

/**
 * Registers the service worker in "prompt" mode: a new version never takes over by itself; the
 * user chooses when, and everything pending is saved before the page reloads.
 */
export function startServiceWorker(): void {
  if (updateServiceWorker || !('serviceWorker' in navigator)) return;
  // A change of controller after the first one is a new version taking over: reload if the user
  // asked for it here, otherwise tell them (another tab accepted the update).
  let controlled = navigator.serviceWorker.controller !== null;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (!controlled) {
      controlled = true;
      return;
    }
    if (appliedHere) void saveEverything().then(() => window.location.reload());
    else set({ available: false, activatedElsewhere: true });
  });
  updateServiceWorker = registerSW({
    immediate: true,
    onNeedRefresh: () => set({ available: true }),
    // Reloading is decided above; without this the plugin would reload every tab by itself.
    onNeedReload: () => undefined,
    onRegisterError: (error: unknown) => console.error('Service worker not registered', error),
  });
}

export async function applyUpdate(): Promise<void> {
  await saveEverything();
  if (state.activatedElsewhere || !updateServiceWorker) {
    window.location.reload();
    return;
  }
  appliedHere = true;
  await updateServiceWorker(true);
}

export function useAppUpdate(): UpdateState {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => state,
  );
}
