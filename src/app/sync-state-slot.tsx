import { lazy, Suspense, useEffect, useState } from 'react';
import { afterLoad } from '../lib/after-paint';

const SyncIndicator = lazy(() =>
  import('../features/sync/sync-indicator').then((module) => ({
    default: module.SyncIndicator,
  })),
);

// What the header shows until the live indicator is in: sync off, which is also the truth
// until sync (started after load as well) has connected.
const OFF = <p className="sync-indicator" data-sync-state="off" aria-live="polite" />;

/** The sync state's place in the header; its code comes after the page has loaded. */
export function SyncStateSlot() {
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    let current = true;
    void afterLoad().then(() => current && setLoaded(true));
    return () => {
      current = false;
    };
  }, []);
  return loaded ? (
    <Suspense fallback={OFF}>
      <SyncIndicator />
    </Suspense>
  ) : (
    OFF
  );
}
