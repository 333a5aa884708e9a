import {
  setThemePreference,
  useThemePreference,
  type ThemePreference,
} from '../../hooks/theme-preference';

const OPTIONS: { value: ThemePreference; label: string }[] = [
  { value: 'system', label: 'Follow the system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

export function AppearanceSection() {
  const preference = useThemePreference();
  return (
    <section className="card" aria-labelledby="appearance-heading">
      <h3 id="appearance-heading">Appearance</h3>
      <fieldset className="plain-fieldset">
        <legend>Theme</legend>
        {OPTIONS.map((option) => (
          <label key={option.value} className="choice">
            <input
              type="radio"
              name="theme"
              checked={preference === option.value}
              onChange={() => setThemePreference(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </fieldset>
    </section>
  );
}
