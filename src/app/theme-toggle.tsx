import { effectiveTheme, setThemePreference, useThemePreference } from '../hooks/theme-preference';

/** One click to the other theme; Settings offers "follow the system" again. */
export function ThemeToggle() {
  const preference = useThemePreference();
  const shown = effectiveTheme(preference);
  const next = shown === 'dark' ? 'light' : 'dark';
  return (
    <button
      type="button"
      className="button button--quiet icon-button"
      aria-label={`Switch to ${next} theme`}
      title={`Switch to ${next} theme`}
      onClick={() => setThemePreference(next)}
    >
      <span aria-hidden="true">{shown === 'dark' ? '☀' : '☾'}</span>
    </button>
  );
}
