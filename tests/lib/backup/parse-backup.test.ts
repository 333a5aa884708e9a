// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { ImportedList } from '../../../src/lib/backup/backup-format';
import {
  checkBackupSize,
  MAX_BACKUP_BYTES,
  parseBackup,
} from '../../../src/lib/backup/parse-backup';
import { backupText } from './backup-fixtures';

const papersOf = (backup: Record<string, unknown>) => backup.papers as Record<string, unknown>[];

function rejection(text: string, maxBytes?: number): string {
  const result = parseBackup(text, { maxBytes });
  if (result.ok) throw new Error('expected a rejection');
  return result.error;
}

describe('parseBackup rejections', () => {
  it('refuses oversize files before parsing them', () => {
    expect(rejection('x'.repeat(101), 100)).toMatch(
      /^This file is 101 bytes; Readmark restores backups of up to 100 bytes\.$/,
    );
    expect(parseBackup('机'.repeat(40), { maxBytes: 100 })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^This file is/),
    });
    expect(checkBackupSize(MAX_BACKUP_BYTES)).toBeNull();
    expect(checkBackupSize(250 * 1024 * 1024)).toBe(
      'This file is 250 MB; Readmark restores backups of up to 200 MB.',
    );
  });

  it('refuses what is not a Readmark backup', () => {
    expect(rejection('{"format": ')).toMatch(/^This file is not valid JSON \(.+\)\.$/);
    for (const text of ['[]', '"x"', 'null', '42', '{"format":"excalidraw","version":1}', '{}']) {
      expect(rejection(text)).toBe('This is not a Readmark backup.');
    }
  });

  it('asks for an update when the backup is newer, and names unknown versions', () => {
    expect(rejection(backupText((b) => (b.version = 4)))).toBe(
      'This backup was made by a newer version of Readmark (format version 4); update the app to restore it.',
    );
    expect(rejection(backupText((b) => delete b.version))).toBe(
      'This backup has no format version, so Readmark cannot read it.',
    );
    expect(rejection(backupText((b) => (b.version = '1')))).toBe(
      'This backup has an unknown format version ("1").',
    );
    expect(rejection(backupText((b) => (b.version = 0.5)))).toBe(
      'This backup has an unknown format version (0.5).',
    );
  });

  it('names the record, its id and the field that is wrong', () => {
    const cases: [(b: Record<string, unknown>) => void, string][] = [
      [(b) => delete papersOf(b)[1]?.note, 'papers[1] (id "b") has no note.'],
      [
        (b) => Object.assign(papersOf(b)[0] ?? {}, { status: 'done' }),
        'papers[0].status must be one of unread, to-read, reading, read (in the record with id "a").',
      ],
      [
        (b) => Object.assign(papersOf(b)[1] ?? {}, { updatedAt: -1 }),
        'papers[1].updatedAt must not be negative (in the record with id "b").',
      ],
      [
        (b) => Object.assign(papersOf(b)[1] ?? {}, { note: 5 }),
        'papers[1].note must be a string (in the record with id "b").',
      ],
      [
        (b) => Object.assign(papersOf(b)[0] ?? {}, { tags: ['ML', 'ml'] }),
        'papers[0].tags[1] repeats a tag (in the record with id "a").',
      ],
      [
        (b) => Object.assign(papersOf(b)[0] ?? {}, { tags: ['x'.repeat(65)] }),
        'papers[0].tags[0] must be a tag of 1 to 64 characters (in the record with id "a").',
      ],
      [
        (b) => Object.assign(papersOf(b)[0] ?? {}, { colour: 'red' }),
        'papers[0] (id "a") has an unknown field "colour".',
      ],
      [
        (b) => Object.assign(papersOf(b)[1] ?? {}, { id: 'a' }),
        'papers[1].id repeats papers[0] (in the record with id "a").',
      ],
      [(b) => papersOf(b).push({}), 'papers[2] has no id.'],
      [(b) => delete b.papers, 'the backup has no papers.'],
      [
        (b) => (b.exportedAt = 'yesterday'),
        'exportedAt must be a date and time like 2026-11-26T09:30:00.000Z.',
      ],
      [
        (b) => ((b.settings as Record<string, unknown>).theme = null),
        'settings.theme has a value of the wrong kind.',
      ],
      [
        (b) =>
          (((b.lists as ImportedList[])[0]?.catalogue.papers[0] ?? { url: '' }).url =
            'javascript:alert(1)'),
        'lists[0].catalogue.papers[0].url must be an http(s) URL (in the record with id "url:x.org").',
      ],
    ];
    for (const [mutate, message] of cases)
      expect(rejection(backupText(mutate))).toBe(`Backup rejected: ${message}`);
  });

  it('drops __proto__, constructor and prototype keys so nothing is polluted', () => {
    const text = backupText()
      .replace('{"format"', '{"__proto__":{"polluted":true},"format"')
      .replace(
        '"settings":{',
        '"settings":{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},',
      )
      .replace('{"id":"a"', '{"__proto__":{"status":"read"},"id":"a"');
    const result = parseBackup(text);
    if (!result.ok) throw new Error(result.error);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(result.backup, '__proto__')).toBe(false);
    expect(Object.keys(result.backup.settings)).toEqual(['theme', 'pageSize', 'compact']);
    expect(Object.getPrototypeOf(result.backup.papers[0])).toBe(Object.prototype);
    expect(result.backup.papers[0]?.status).toBe('reading');
  });
});
