import { useSyncExternalStore } from 'react';
import { parseListDensity, type ListDensity } from '../lib/list-density';

// Per device, like the theme: a phone may want one line a paper while the laptop keeps cards.
// In localStorage, so the list is laid out right in its first render.
const KEY = 'readmark:density';
const listeners = new Set<() => void>();

function read(): ListDensity {
  try {
    return parseListDensity(localStorage.getItem(KEY));
  } catch {
    return 'cards';
  }
}

let density: ListDensity = typeof localStorage === 'undefined' ? 'cards' : read();

export function setListDensity(next: ListDensity): void {
  density = next;
  try {
    if (next === 'cards') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, next);
  } catch {
    // Not remembered, but still used for this visit.
  }
  listeners.forEach((listener) => listener());
}

export function useListDensity(): ListDensity {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => density,
    // Rendered ahead of time (the static first screen of a first visit): the default.
    () => 'cards',
  );
}
