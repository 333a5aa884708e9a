import type { SettingValue } from './backup-format';

/** The choices a person made that a backup carries besides papers, lists and Next up. */
export type ChosenSettings = {
  theme?: 'light' | 'dark';
  /** The list shown when the app opens. */
  currentList?: string;
};

const isTheme = (value: SettingValue | undefined): value is 'light' | 'dark' =>
  value === 'light' || value === 'dark';

export function settingsForBackup(chosen: ChosenSettings): Record<string, SettingValue> {
  const settings: Record<string, SettingValue> = {};
  if (chosen.theme) settings.theme = chosen.theme;
  if (chosen.currentList) settings.currentList = chosen.currentList;
  return settings;
}

/**
 * The settings of a backup this app can apply: unknown keys (from a newer app) and values that
 * do not fit, such as a current list the restored data lacks, are left out rather than refused,
 * because they never put a paper or a note at risk.
 */
export function settingsFromBackup(
  settings: Readonly<Record<string, SettingValue>>,
  knownLists: ReadonlySet<string>,
): ChosenSettings {
  const chosen: ChosenSettings = {};
  const { theme, currentList } = settings;
  if (isTheme(theme)) chosen.theme = theme;
  // Stryker disable next-line ConditionalExpression: Set.has never finds a number or boolean among string ids, so without the typeof test (there for the type) the same lists are kept (the other variants are tested)
  if (typeof currentList === 'string' && knownLists.has(currentList))
    chosen.currentList = currentList;
  return chosen;
}
