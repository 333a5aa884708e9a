import { useEffect, useState } from 'react';
import { registerSW } from 'virtual:pwa-register';
import { flushAfterPendingWrites } from '../db/save-status';
import { flushPendingInput } from '../lib/pending-flushes';

export type AppUpdate = {
  /** A new version is installed and waits for the user. */
  available: boolean;
  /** Another tab already switched to the new version; this one should reload when ready. */
  activatedElsewhere: boolean;
  /** Saves everything pending, then switches to the new version. */
  apply: () => Promise<void>;
};

let updateServiceWorker: ((reload?: boolean) => Promise<void>) | null = null;
let appliedHere = false;

async function saveThenReload(): Promise<void> {
  flushPendingInput();
  await flushAfterPendingWrites();
  window.location.reload();
}

/**
 * The service worker's update flow, in "prompt" mode: a new version never takes over by itself;
 * the user chooses when, and pending saves are flushed before the page reloads.
 */
export function useAppUpdate(): AppUpdate {
  const [available, setAvailable] = useState(false);
  const [activatedElsewhere, setActivatedElsewhere] = useState(false);

  useEffect(() => {
    if (updateServiceWorker || !('serviceWorker' in navigator)) return;
    updateServiceWorker = registerSW({
      immediate: true,
      onNeedRefresh: () => setAvailable(true),
      onNeedReload: () => {
        if (appliedHere) void saveThenReload();
        else setActivatedElsewhere(true);
      },
      onRegisterError: (error: unknown) => console.error('Service worker not registered', error),
    });
  }, []);

  return {
    available,
    activatedElsewhere,
    apply: async () => {
      flushPendingInput();
      await flushAfterPendingWrites();
      if (activatedElsewhere || !updateServiceWorker) {
        window.location.reload();
        return;
      }
      appliedHere = true;
      await updateServiceWorker(true);
    },
  };
}
