import { describe, expect, it } from 'vitest';
import { settingsForBackup, settingsFromBackup } from '../../../src/lib/backup/backup-settings';

describe('backup settings', () => {
  it('writes only what was chosen', () => {
    expect(settingsForBackup({})).toEqual({});
    expect(settingsForBackup({ theme: 'dark', currentList: 'fuzzing' })).toEqual({
      theme: 'dark',
      currentList: 'fuzzing',
    });
  });

  it('reads back what it wrote when the list is known', () => {
    const chosen = { theme: 'light', currentList: 'fuzzing' } as const;
    expect(settingsFromBackup(settingsForBackup(chosen), new Set(['fuzzing']))).toEqual(chosen);
  });

  it('leaves out unknown keys, a theme it cannot show and a list the data lacks', () => {
    expect(
      settingsFromBackup({ theme: 'sepia', currentList: 'gone', later: 3 }, new Set(['default'])),
    ).toEqual({});
    expect(settingsFromBackup({ theme: 1, currentList: true }, new Set(['true']))).toEqual({});
  });
});
