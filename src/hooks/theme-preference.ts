import { useSyncExternalStore } from 'react';
import { THEME_KEY as KEY } from './theme-key';

export type ThemePreference = 'system' | 'light' | 'dark';

const listeners = new Set<() => void>();

function read(): ThemePreference {
  try {
    const value = localStorage.getItem(KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

let preference: ThemePreference = typeof localStorage === 'undefined' ? 'system' : read();

export function getThemePreference(): ThemePreference {
  return preference;
}

/** Puts the preference on <html>; CSS does the rest (color-scheme and light-dark()). */
export function applyTheme(next: ThemePreference = preference): void {
  if (next === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = next;
}

export function setThemePreference(next: ThemePreference): void {
  preference = next;
  try {
    if (next === 'system') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, next);
  } catch {
    // Not remembered, but still applied for this visit.
  }
  applyTheme(next);
  listeners.forEach((listener) => listener());
}

export function useThemePreference(): ThemePreference {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => preference,
    // Rendered ahead of time (the static first screen), no preference is known.
    () => 'system',
  );
}

/** The theme actually shown: the preference, or the system's when following it. */
export function effectiveTheme(pref: ThemePreference): 'light' | 'dark' {
  if (pref !== 'system') return pref;
  const query =
    typeof globalThis.matchMedia === 'function'
      ? globalThis.matchMedia('(prefers-color-scheme: dark)')
      : null;
  return query?.matches ? 'dark' : 'light';
}
