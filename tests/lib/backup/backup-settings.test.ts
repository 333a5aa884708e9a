import { describe, expect, it } from 'vitest';
import { settingsForBackup, settingsFromBackup } from '../../../src/lib/backup/backup-settings';

describe('backup settings', () => {
  it('writes only what was chosen', () => {
    // No key at all for what was not chosen: the backup's settings are spread over others, so
    // a key holding undefined would wipe a setting written by another part of the app.
    expect(settingsForBackup({})).toStrictEqual({});
    expect({ currentList: 'fuzzing', ...settingsForBackup({ theme: 'dark' }) }).toStrictEqual({
      currentList: 'fuzzing',
      theme: 'dark',
    });
    expect({ theme: 'light', ...settingsForBackup({ currentList: 'fuzzing' }) }).toStrictEqual({
      theme: 'light',
      currentList: 'fuzzing',
    });
    expect(settingsForBackup({ theme: 'dark', currentList: 'fuzzing' })).toEqual({
      theme: 'dark',
      currentList: 'fuzzing',
    });
  });

  it('reads back what it wrote when the list is known', () => {
    for (const theme of ['light', 'dark'] as const) {
      const chosen = { theme, currentList: 'fuzzing' };
      expect(settingsFromBackup(settingsForBackup(chosen), new Set(['fuzzing']))).toEqual(chosen);
    }
    expect(settingsFromBackup({ theme: '' }, new Set())).toEqual({});
  });

  it('leaves out unknown keys, a theme it cannot show and a list the data lacks', () => {
    expect(
      settingsFromBackup({ theme: 'sepia', currentList: 'gone', later: 3 }, new Set(['default'])),
    ).toEqual({});
    expect(settingsFromBackup({ theme: 1, currentList: true }, new Set(['true']))).toEqual({});
  });
});
