import { useSyncExternalStore } from 'react';

export type StoredPreference<T extends string> = {
  get(): T;
  /** Remembered on this device; the default is remembered by forgetting the choice. */
  set(next: T): void;
  /** The preference, re-rendering on every change; the default when rendered ahead of time. */
  use(): T;
};

/**
 * A choice kept per device in localStorage (the theme, the list density), read when the page
 * loads so the first render is already right. When storage refuses, the choice still holds for
 * this visit.
 */
export function storedPreference<T extends string>(
  key: string,
  parse: (stored: string | null) => T,
  fallback: T,
): StoredPreference<T> {
  const listeners = new Set<() => void>();
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  const read = (): T => {
    try {
      return parse(localStorage.getItem(key));
    } catch {
      return fallback;
    }
  };
  let value: T = typeof localStorage === 'undefined' ? fallback : read();

  return {
    get: () => value,
    set(next) {
      value = next;
      try {
        if (next === fallback) localStorage.removeItem(key);
        else localStorage.setItem(key, next);
      } catch {
        // Not remembered, but still used for this visit.
      }
      listeners.forEach((listener) => listener());
    },
    // The static first screen is rendered ahead of time, where no choice is known.
    use: () =>
      useSyncExternalStore(
        subscribe,
        () => value,
        () => fallback,
      ),
  };
}
