import { RadioChoices, type Choice } from '../../components/radio-choices';
import {
  setThemePreference,
  useThemePreference,
  type ThemePreference,
} from '../../hooks/theme-preference';

const OPTIONS: Choice<ThemePreference>[] = [
  { value: 'system', label: 'Follow the system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

export function AppearanceSection() {
  const preference = useThemePreference();
  return (
    <section className="card" aria-labelledby="appearance-heading">
      <h3 id="appearance-heading">Appearance</h3>
      <RadioChoices
        legend="Theme"
        name="theme"
        value={preference}
        choices={OPTIONS}
        onChange={setThemePreference}
      />
    </section>
  );
}
