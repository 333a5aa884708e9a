import { useSyncExternalStore } from 'react';

// Apart from the service worker code, which loads after the first paint: the banner needs only
// this to know whether to show.
export type UpdateState = {
  /** A new version is installed and waits for the user. */
  available: boolean;
  /** Another tab already switched to the new version; this one should reload when ready. */
  activatedElsewhere: boolean;
};

let state: UpdateState = { available: false, activatedElsewhere: false };
const listeners = new Set<() => void>();

export function getUpdateState(): UpdateState {
  return state;
}

export function setUpdateState(next: Partial<UpdateState>): void {
  state = { ...state, ...next };
  listeners.forEach((listener) => listener());
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
