import fc from 'fast-check';
import type { ImportedList } from '../../../src/lib/backup/backup-format';
import { createBackup } from '../../../src/lib/backup/backup-format';
import type { PaperState } from '../../../src/lib/paper-state';

export const timeArb = fc.integer({ min: 0, max: 4_102_444_800_000 });

const tagArb = fc
  .oneof(
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }),
    fc.constantFrom('__proto__', 'constructor', 'deep learning', '机器学习', '👩‍🔬'),
  )
  .filter((tag) => tag.trim() !== '' && Array.from(tag).length <= 64);

export const noteArb = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 50 }),
  fc.constantFrom('', '__proto__', '{"__proto__": {"polluted": true}}', '# Heading\n\n---\n'),
);

export const stateArb = (idArb: fc.Arbitrary<string>): fc.Arbitrary<PaperState> =>
  fc.record(
    {
      id: idArb,
      title: fc.string({ unit: 'grapheme', maxLength: 40 }),
      url: fc.webUrl(),
      status: fc.constantFrom('unread', 'to-read', 'reading', 'read'),
      statusChangedAt: timeArb,
      startedAt: timeArb,
      finishedAt: timeArb,
      note: noteArb,
      noteUpdatedAt: timeArb,
      tags: fc.uniqueArray(tagArb, { selector: (tag) => tag.toLowerCase(), maxLength: 5 }),
      tagsUpdatedAt: timeArb,
      createdAt: timeArb,
      updatedAt: timeArb,
    },
    { requiredKeys: ['id', 'title', 'url', 'status', 'note', 'tags', 'createdAt', 'updatedAt'] },
  );

export const idArb = fc.oneof(
  fc.stringMatching(/^arxiv:\d{4}\.\d{5}$/),
  fc.string({ minLength: 1, maxLength: 20 }).map((rest) => `url:${rest}`),
  fc.constant('__proto__'),
);

export const statesArb = fc.uniqueArray(stateArb(idArb), { selector: (s) => s.id, maxLength: 12 });

export const exportedAt = new Date('2026-11-26T09:30:00.000Z');

export const list: ImportedList = {
  id: 'list-1',
  title: 'Awesome Things',
  addedAt: 5,
  source: 'markdown',
  fileName: 'README.md',
  catalogue: {
    schemaVersion: 1,
    title: 'Awesome Things',
    sections: [{ id: 's', title: 'S', parentId: null }],
    papers: [
      { id: 'url:x.org', title: 'X', url: 'https://x.org', sectionIds: ['s'], tags: [], links: [] },
    ],
  },
};

export function paperState(id: string, overrides: Partial<PaperState> = {}): PaperState {
  return {
    id,
    title: 'T',
    url: 'https://x.org',
    status: 'reading',
    note: 'n',
    tags: [],
    createdAt: 1,
    updatedAt: 2,
    ...overrides,
  };
}

/** A valid backup's JSON after `mutate` has had its way with it. */
export function backupText(mutate: (backup: Record<string, unknown>) => void = () => {}): string {
  const backup = createBackup({
    papers: [paperState('a'), paperState('b')],
    lists: [structuredClone(list)],
    nextUpOrder: [],
    settings: { theme: 'dark', pageSize: 50, compact: true },
    exportedAt,
    app: 'readmark 0.1.0',
  }) as unknown as Record<string, unknown>;
  mutate(backup);
  return JSON.stringify(backup);
}
