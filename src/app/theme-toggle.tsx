import { useId } from 'react';
import { effectiveTheme, setThemePreference, useThemePreference } from '../hooks/theme-preference';

/** One click to the other theme; Settings offers "follow the system" again. */
export function ThemeToggle() {
  const preference = useThemePreference();
  const shown = effectiveTheme(preference);
  const next = shown === 'dark' ? 'light' : 'dark';
  const tipId = useId();
  return (
    // The tip is the button's name and shows on hover and keyboard focus, so a glyph alone never
    // has to say what the button does.
    <span className="theme-toggle">
      <button
        type="button"
        className="button button--quiet icon-button"
        aria-labelledby={tipId}
        onClick={() => setThemePreference(next)}
      >
        <span aria-hidden="true">{shown === 'dark' ? '☀' : '☾'}</span>
      </button>
      <span id={tipId} role="tooltip" className="theme-toggle__tip">
        {`Switch to ${next} theme`}
      </span>
    </span>
  );
}
