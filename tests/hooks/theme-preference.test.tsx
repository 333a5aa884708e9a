import { afterEach, describe, expect, it, vi } from 'vitest';
import { THEME_KEY } from '../../src/hooks/theme-key';

afterEach(() => {
  localStorage.clear();
  delete document.documentElement.dataset.theme;
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  vi.resetModules();
});

/** A fresh copy of the module, reading storage as it is now (as at a page load). */
async function load() {
  vi.resetModules();
  return import('../../src/hooks/theme-preference');
}

/** A `matchMedia` that answers the dark-scheme query as given. */
function systemPrefersDark(dark: boolean) {
  const matchMedia = vi.fn((query: string) => ({
    matches: dark && query === '(prefers-color-scheme: dark)',
  }));
  vi.stubGlobal('matchMedia', matchMedia);
  return matchMedia;
}

describe('the theme preference', () => {
  it('follows the system until the user chooses, and reads a stored choice at load', async () => {
    expect((await load()).getThemePreference()).toBe('system');
    localStorage.setItem(THEME_KEY, 'dark');
    expect((await load()).getThemePreference()).toBe('dark');
    localStorage.setItem(THEME_KEY, 'sepia');
    expect((await load()).getThemePreference()).toBe('system');
  });

  it('puts a chosen theme on <html> and in storage; the system choice removes both', async () => {
    const { setThemePreference, getThemePreference } = await load();
    setThemePreference('dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(localStorage.getItem(THEME_KEY)).toBe('dark');
    expect(getThemePreference()).toBe('dark');

    setThemePreference('system');
    expect(document.documentElement.dataset.theme).toBeUndefined();
    expect(localStorage.getItem(THEME_KEY)).toBeNull();
    expect(getThemePreference()).toBe('system');
  });

  it('applies the stored preference when asked with no argument', async () => {
    localStorage.setItem(THEME_KEY, 'light');
    const { applyTheme } = await load();
    applyTheme();
    expect(document.documentElement.dataset.theme).toBe('light');
  });
});

describe('effectiveTheme', () => {
  it('is the chosen theme, whatever the system says', async () => {
    const matchMedia = systemPrefersDark(true);
    const { effectiveTheme } = await load();
    expect(effectiveTheme('light')).toBe('light');
    expect(effectiveTheme('dark')).toBe('dark');
    expect(matchMedia).not.toHaveBeenCalled();
  });

  it("asks the system's colour scheme when following it", async () => {
    const { effectiveTheme } = await load();
    systemPrefersDark(true);
    expect(effectiveTheme('system')).toBe('dark');
    systemPrefersDark(false);
    expect(effectiveTheme('system')).toBe('light');
  });

  it('is light where the system cannot be asked', async () => {
    const { effectiveTheme } = await load();
    vi.stubGlobal('matchMedia', undefined);
    expect(effectiveTheme('system')).toBe('light');
  });
});
