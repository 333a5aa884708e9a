import { describe, expect, it } from 'vitest';
import { mergeIncremental, type IncrementalReport } from '../../scripts/mutation/merge-incremental';

const older: IncrementalReport = {
  schemaVersion: '1.0',
  files: {
    'src/lib/a.ts': { mutants: [{ id: '1', killedBy: ['1'], coveredBy: ['0', '1'] }] },
    'src/lib/b.ts': { mutants: [{ id: '2', status: 'Survived', coveredBy: ['0'] }] },
  },
  testFiles: {
    'tests/a.test.ts': {
      source: 'old a',
      tests: [
        { id: '0', name: 'a reads' },
        { id: '1', name: 'a writes' },
      ],
    },
  },
};

const newer: IncrementalReport = {
  schemaVersion: '1.0',
  files: { 'src/lib/b.ts': { mutants: [{ id: '2', killedBy: ['0'], coveredBy: ['0', '1'] }] } },
  testFiles: {
    'tests/b.test.ts': { source: 'b', tests: [{ id: '0', name: 'b reads' }] },
    'tests/a.test.ts': { source: 'new a', tests: [{ id: '1', name: 'a reads' }] },
  },
};

describe('mergeIncremental', () => {
  const merged = mergeIncremental([older, newer]);

  it('keeps each file and each test file from the latest report holding it', () => {
    expect(Object.keys(merged.files).sort()).toEqual(['src/lib/a.ts', 'src/lib/b.ts']);
    expect(merged.files['src/lib/b.ts']?.mutants[0]?.['status']).toBeUndefined();
    expect(merged.testFiles?.['tests/a.test.ts']?.source).toBe('new a');
  });

  it('numbers the tests afresh and points each mutant at the same tests by file and name', () => {
    const nameOf = new Map(
      Object.entries(merged.testFiles ?? {}).flatMap(([file, entry]) =>
        entry.tests.map((test) => [test.id, `${file}: ${test.name}`] as const),
      ),
    );
    expect(nameOf.size).toBe(2);
    const names = (ids: readonly string[] | undefined) => ids?.map((id) => nameOf.get(id));
    const b = merged.files['src/lib/b.ts']?.mutants[0];
    expect(names(b?.killedBy)).toEqual(['tests/b.test.ts: b reads']);
    expect(names(b?.coveredBy)).toEqual(['tests/b.test.ts: b reads', 'tests/a.test.ts: a reads']);
  });

  it('drops a test that the newer run of its file no longer has', () => {
    const a = merged.files['src/lib/a.ts']?.mutants[0];
    expect(a?.killedBy).toEqual([]);
    expect(a?.coveredBy).toHaveLength(1);
  });

  it('refuses nothing to merge', () => {
    expect(() => mergeIncremental([])).toThrow('no report');
  });
});
