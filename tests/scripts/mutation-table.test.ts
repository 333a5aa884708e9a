import { describe, expect, it } from 'vitest';
import { moduleLevelTest } from '../../scripts/mutation/module-level';
import {
  countByFolder,
  countFile,
  folderOf,
  formatTable,
  mergeReports,
  scoresOf,
  type MutationReport,
} from '../../scripts/mutation/mutation-table';

const source = [
  'const WORDS = /[a-z]+/g;', // 1: module-level
  'export function words(text: string, limit = 3) {', // 2: `3` is a default, run per call
  '  return text.match(WORDS)?.slice(0, limit) ?? [];', // 3
  '}', // 4
  'export const twice = (n: number) => n * 2;', // 5
].join('\n');

type Status = 'Killed' | 'Timeout' | 'Survived' | 'NoCoverage' | 'Ignored';
const mutant = (status: Status, line: number, column: number, statusReason?: string) => ({
  status,
  location: { start: { line, column } },
  ...(statusReason === undefined ? {} : { statusReason }),
});

describe('moduleLevelTest', () => {
  const isModuleLevel = moduleLevelTest(source);

  it('tells code run on import from code run on each call', () => {
    expect(isModuleLevel({ line: 1, column: 15 })).toBe(true);
    expect(isModuleLevel({ line: 3, column: 10 })).toBe(false);
    expect(isModuleLevel({ line: 5, column: 40 })).toBe(false);
  });

  it('counts a default parameter as run per call', () => {
    expect(isModuleLevel({ line: 2, column: 45 })).toBe(false);
  });

  it('counts a mutant replacing a whole module-level function as module-level', () => {
    expect(isModuleLevel({ line: 5, column: 22 })).toBe(true);
  });
});

describe('folderOf', () => {
  it('names a folder of src/lib, its top-level files, the features hooks and the layers', () => {
    expect(folderOf('src/lib/search/normalise.ts')).toBe('src/lib/search/');
    expect(folderOf('src/lib/catalogue/deep/x.ts')).toBe('src/lib/catalogue/');
    expect(folderOf('src/lib/dates.ts')).toBe('src/lib/ (top-level files)');
    expect(folderOf('src/features/paper/use-note.ts')).toBe('src/features/**/use-*.ts');
    expect(folderOf('src/db/sync/sync-bridge.ts')).toBe('src/db/');
    expect(folderOf('src/hooks/theme.ts')).toBe('src/hooks/');
  });
});

describe('countFile and scoresOf', () => {
  const file = {
    source,
    mutants: [
      mutant('Killed', 3, 10),
      mutant('Timeout', 3, 12),
      mutant('Survived', 1, 15),
      mutant('Survived', 3, 20),
      mutant('NoCoverage', 5, 40),
      mutant('Ignored', 3, 10, 'speed only: the slow path gives the same answer'),
      mutant('Ignored', 1, 15, 'Static mutant (and "ignoreStatic" was enabled)'),
    ],
  };

  it('counts each status, module-level survivors, equivalents and static mutants apart', () => {
    expect(countFile(file)).toEqual({
      files: 1,
      killed: 1,
      timedOut: 1,
      survived: 2,
      noCoverage: 1,
      moduleLevel: 1,
      equivalent: 1,
      leftOut: 1,
    });
  });

  it('scores detected over judged, and again without the module-level survivors', () => {
    const { score, runnable } = scoresOf(countFile(file));
    expect(score).toBeCloseTo(2 / 5);
    expect(runnable).toBeCloseTo(2 / 4);
  });
});

describe('mergeReports and formatTable', () => {
  const killedOnce = { source, mutants: [mutant('Killed', 3, 10)] };
  const survivedOnce = { source, mutants: [mutant('Survived', 3, 10)] };
  const older: MutationReport = {
    files: { 'src/lib/a/x.ts': survivedOnce, 'src/lib/b/y.ts': killedOnce },
  };
  const newer: MutationReport = { files: { 'src/lib/a/x.ts': killedOnce } };

  it('keeps the later report for a file found in both', () => {
    const merged = mergeReports([older, newer]);
    expect(merged['src/lib/a/x.ts']).toBe(killedOnce);
    expect(merged['src/lib/b/y.ts']).toBe(killedOnce);
  });

  it('prints a row per folder and one for src/lib as a whole', () => {
    const table = formatTable(countByFolder({ ...older.files }));
    const rows = table.split('\n');
    expect(rows).toHaveLength(5);
    expect(rows[2]).toMatch(/^\| `src\/lib\/a\/` \| 1 \| 0 \| 0 \| 1 \| .* \| 0\.0% \| 0\.0% \|$/);
    expect(rows[4]).toMatch(/^\| `src\/lib\/ \(all\)` \| 2 \| 1 \| .* \| 50\.0% \| 50\.0% \|$/);
  });
});

describe('formatTable groups', () => {
  it('adds the hooks together when both folders of hooks are present', () => {
    const file = { source, mutants: [mutant('Killed', 3, 10)] };
    const table = formatTable(
      countByFolder({ 'src/hooks/theme.ts': file, 'src/features/paper/use-note.ts': file }),
    );
    expect(table.split('\n').at(-1)).toMatch(/^\| `the hooks together` \| 2 \| 2 \|/);
  });
});
