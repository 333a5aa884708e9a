import { registerSW } from 'virtual:pwa-register';
import { flushAfterPendingWrites } from '../db/save-status';
import { flushPendingInput } from '../lib/pending-flushes';
import { getUpdateState, setUpdateState } from './update-state';

let updateServiceWorker: ((reload?: boolean) => Promise<void>) | null = null;
let appliedHere = false;

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
    else setUpdateState({ available: false, activatedElsewhere: true });
  });
  updateServiceWorker = registerSW({
    immediate: true,
    onNeedRefresh: () => setUpdateState({ available: true }),
    // Reloading is decided above; without this the plugin would reload every tab by itself.
    onNeedReload: () => undefined,
    onRegisterError: (error: unknown) => console.error('Service worker not registered', error),
  });
}

export async function applyUpdate(): Promise<void> {
  await saveEverything();
  if (getUpdateState().activatedElsewhere || !updateServiceWorker) {
    window.location.reload();
    return;
  }
  appliedHere = true;
  await updateServiceWorker(true);
}
