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
const listsOf = (backup: Record<string, unknown>) => backup.lists as ImportedList[];

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
    // Counting stops past the limit, so a longer text's size is not known, and not guessed.
    expect(rejection('x'.repeat(500), 100)).toBe(
      'This file is too large: Readmark restores backups of up to 100 bytes.',
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

  it('names sizes in bytes below a kilobyte, in kilobytes below a megabyte', () => {
    expect(checkBackupSize(1024, 1000)).toBe(
      'This file is 1 KB; Readmark restores backups of up to 1000 bytes.',
    );
    expect(checkBackupSize(1536, 1023)).toBe(
      'This file is 2 KB; Readmark restores backups of up to 1023 bytes.',
    );
    expect(checkBackupSize(1024 * 1024, 1000 * 1024)).toBe(
      'This file is 1 MB; Readmark restores backups of up to 1000 KB.',
    );
  });

  it('counts UTF-8 bytes for every kind of character, to the limit exactly', () => {
    // Refused for its size, as opposed to refused as JSON: these texts are not backups.
    const refusedForSize = (text: string, maxBytes: number) =>
      /^This file is \d/.test(rejection(text, maxBytes));
    // Each range's first and last character; the four-byte ones are surrogate pairs.
    const characters: [string, number][] = [
      ['a', 1],
      ['\u007f', 1],
      ['\u0080', 2],
      ['é', 2],
      ['\u07ff', 2],
      ['\u0800', 3],
      ['机', 3],
      ['\ud7ff', 3],
      ['\ue000', 3],
      ['\uffff', 3],
      ['\ud800\udc00', 4],
      ['👩', 4],
      ['\udbff\udfff', 4],
    ];
    for (const [character, bytes] of characters) {
      const text = character.repeat(10);
      expect(refusedForSize(text, 10 * bytes), character).toBe(false);
      expect(refusedForSize(text, 10 * bytes - 1), character).toBe(true);
    }
    const note = 'Notes: a é 机 👩‍🔬 done';
    const text = backupText((b) => Object.assign(papersOf(b)[0] ?? {}, { note }));
    const size = new TextEncoder().encode(text).length;
    expect(parseBackup(text, { maxBytes: size }).ok).toBe(true);
    expect(rejection(text, size - 1)).toMatch(/^This file is \d+ bytes;/);
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
    for (const version of [0.5, 1.5, 0, -3]) {
      expect(rejection(backupText((b) => (b.version = version)))).toBe(
        `This backup has an unknown format version (${version}).`,
      );
    }
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
      // A stray null in a hand-edited file is described, not a crash.
      [(b) => (b.papers as unknown[]).push(null), 'papers[2] must be an object.'],
      [
        (b) => ((b.settings as Record<string, unknown>)['page size'] = null),
        'settings["page size"] has a value of the wrong kind.',
      ],
      [(b) => (b.nextUpOrder = ['']), 'nextUpOrder[0] must not be empty.'],
      [
        (b) => Object.assign(listsOf(b)[0] ?? {}, { title: '' }),
        'lists[0].title must not be empty (in the record with id "list-1").',
      ],
      [
        (b) => Object.assign(listsOf(b)[0]?.catalogue.papers[0] ?? {}, { year: 99 }),
        'lists[0].catalogue.papers[0].year must be at least 1000 (in the record with id "url:x.org").',
      ],
      [
        (b) => Object.assign(listsOf(b)[0]?.catalogue.papers[0] ?? {}, { year: 20260 }),
        'lists[0].catalogue.papers[0].year must be at most 9999 (in the record with id "url:x.org").',
      ],
      [
        (b) => Object.assign(papersOf(b)[0] ?? {}, { colour: 'red', size: 2 }),
        'papers[0] (id "a") has unknown fields "colour" and "size".',
      ],
      [
        (b) => Object.assign(papersOf(b)[0] ?? {}, { colour: 'red', size: 2, shape: 'round' }),
        'papers[0] (id "a") has unknown fields "colour", "size" and "shape".',
      ],
      [(b) => (b.colour = 'red'), 'the backup has an unknown field "colour".'],
      // Only a missing field reads "has no"; a missing choice names the choices.
      [
        (b) => delete (listsOf(b)[0] as Partial<ImportedList>).source,
        'lists[0].source must be one of markdown, json, address, mine (in the record with id "list-1").',
      ],
      [
        (b) => delete (listsOf(b)[0]?.catalogue as Partial<ImportedList['catalogue']>).title,
        'lists[0] (id "list-1") has no catalogue.title.',
      ],
      // The record is the list: an id inside its catalogue object does not make that a record.
      [
        (b) => Object.assign(listsOf(b)[0]?.catalogue ?? {}, { id: 'cat', title: '' }),
        'lists[0].catalogue.title must not be empty (in the record with id "list-1").',
      ],
      [
        (b) => listsOf(b).push({ ...(listsOf(b)[0] as ImportedList), title: 'Copy' }),
        'lists[1].id repeats lists[0] (in the record with id "list-1").',
      ],
      [
        (b) => Object.assign(papersOf(b)[0] ?? {}, { tags: ['  '] }),
        'papers[0].tags[0] must be a tag of 1 to 64 characters (in the record with id "a").',
      ],
      [
        (b) => Object.assign(papersOf(b)[0] ?? {}, { tags: [''] }),
        'papers[0].tags[0] must be a tag of 1 to 64 characters (in the record with id "a").',
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
