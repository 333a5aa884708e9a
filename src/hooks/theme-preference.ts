import { storedPreference } from './stored-preference';
import { THEME_KEY as KEY } from './theme-key';

export type ThemePreference = 'system' | 'light' | 'dark';

const theme = storedPreference<ThemePreference>(
  KEY,
  (stored) => (stored === 'light' || stored === 'dark' ? stored : 'system'),
  'system',
);

export const getThemePreference = theme.get;

/** Puts the preference on <html>; CSS does the rest (color-scheme and light-dark()). */
export function applyTheme(next: ThemePreference = theme.get()): void {
  if (next === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = next;
}

export function setThemePreference(next: ThemePreference): void {
  theme.set(next);
  applyTheme(next);
}

export const useThemePreference = theme.use;

/** The theme actually shown: the preference, or the system's when following it. */
export function effectiveTheme(pref: ThemePreference): 'light' | 'dark' {
  if (pref !== 'system') return pref;
  const query =
    typeof globalThis.matchMedia === 'function'
      ? globalThis.matchMedia('(prefers-color-scheme: dark)')
      : null;
  return query?.matches ? 'dark' : 'light';
}
