// Scores per folder from StrykerJS JSON reports. The scope is run a folder at a time (the whole of
// it takes hours on 2 cores), so the table is put together from several reports; a later report's
// results for a file replace an earlier one's.
import { z } from 'zod';
import { moduleLevelTest } from './module-level';

const mutantSchema = z.object({
  status: z.string(),
  statusReason: z.string().optional(),
  location: z.object({ start: z.object({ line: z.number(), column: z.number() }) }),
});

export const reportSchema = z.object({
  files: z.record(z.string(), z.object({ source: z.string(), mutants: z.array(mutantSchema) })),
});

type Mutant = z.infer<typeof mutantSchema>;

// The report's `static` flag is not always set on mutants ignored as static; the reason is.
const isStatic = (mutant: Mutant) => mutant.statusReason?.startsWith('Static mutant') ?? false;

export type MutationReport = z.infer<typeof reportSchema>;

export type Counts = {
  files: number;
  killed: number;
  timedOut: number;
  survived: number;
  noCoverage: number;
  /** Survived or not covered, in code that runs only on import (see module-level.ts). */
  moduleLevel: number;
  /** Marked equivalent in the source, with a reason. */
  equivalent: number;
  /** Left out as static (`ignoreStatic`), never run. */
  leftOut: number;
};

const empty = (): Counts => ({
  files: 0,
  killed: 0,
  timedOut: 0,
  survived: 0,
  noCoverage: 0,
  moduleLevel: 0,
  equivalent: 0,
  leftOut: 0,
});

/** The row a file is counted in: a folder of `src/lib/`, its top-level files, or a layer. */
export function folderOf(path: string): string {
  const lib = /^src\/lib\/([^/]+)\//.exec(path);
  if (lib) return `src/lib/${lib[1]}/`;
  if (/^src\/lib\/[^/]+$/.test(path)) return 'src/lib/ (top-level files)';
  if (path.startsWith('src/features/')) return 'src/features/**/use-*.ts';
  return `${path.split('/').slice(0, 2).join('/')}/`;
}

export function countFile(file: MutationReport['files'][string]): Counts {
  const counts = { ...empty(), files: 1 };
  const isModuleLevel = moduleLevelTest(file.source);
  for (const mutant of file.mutants) {
    if (mutant.status === 'Killed') counts.killed += 1;
    else if (mutant.status === 'Timeout') counts.timedOut += 1;
    else if (mutant.status === 'Ignored') {
      if (isStatic(mutant)) counts.leftOut += 1;
      else counts.equivalent += 1;
    } else if (mutant.status === 'Survived' || mutant.status === 'NoCoverage') {
      if (mutant.status === 'Survived') counts.survived += 1;
      else counts.noCoverage += 1;
      if (isModuleLevel(mutant.location.start)) counts.moduleLevel += 1;
    }
  }
  return counts;
}

export function addCounts(a: Counts, b: Counts): Counts {
  return {
    files: a.files + b.files,
    killed: a.killed + b.killed,
    timedOut: a.timedOut + b.timedOut,
    survived: a.survived + b.survived,
    noCoverage: a.noCoverage + b.noCoverage,
    moduleLevel: a.moduleLevel + b.moduleLevel,
    equivalent: a.equivalent + b.equivalent,
    leftOut: a.leftOut + b.leftOut,
  };
}

/** Detected over all judged mutants, and over those the runner can switch on. */
export function scoresOf(c: Counts): { score: number; runnable: number } {
  const detected = c.killed + c.timedOut;
  const judged = detected + c.survived + c.noCoverage;
  return {
    score: judged === 0 ? 1 : detected / judged,
    runnable: judged - c.moduleLevel === 0 ? 1 : detected / (judged - c.moduleLevel),
  };
}

/** Each file's latest results, the later report winning. */
export function mergeReports(reports: readonly MutationReport[]): MutationReport['files'] {
  return Object.assign({}, ...reports.map((report) => report.files));
}

export function countByFolder(files: MutationReport['files']): Map<string, Counts> {
  const folders = new Map<string, Counts>();
  for (const path of Object.keys(files).sort()) {
    const file = files[path];
    if (!file) continue;
    const folder = folderOf(path);
    folders.set(folder, addCounts(folders.get(folder) ?? empty(), countFile(file)));
  }
  return folders;
}

// The targets are set per group: 85% for src/lib/ as a whole, 75% for the hooks together.
const groups: [string, (folder: string) => boolean][] = [
  ['src/lib/ (all)', (folder) => folder.startsWith('src/lib/')],
  ['the hooks together', (folder) => folder === 'src/hooks/' || folder.startsWith('src/features/')],
];

const percent = (ratio: number) => `${(100 * ratio).toFixed(1)}%`;

export function formatTable(folders: Map<string, Counts>): string {
  const rows = [...folders];
  for (const [name, inGroup] of groups) {
    const members = [...folders].filter(([folder]) => inGroup(folder)).map(([, c]) => c);
    if (members.length > 1) rows.push([name, members.reduce(addCounts)]);
  }
  const header = [
    'folder',
    'files',
    'killed',
    'timed out',
    'survived',
    'no coverage',
    'of which module-level',
    'marked equivalent',
    'static, left out',
    'score',
    'score without module-level',
  ];
  const lines = rows.map(([name, c]) => {
    const { score, runnable } = scoresOf(c);
    const cells = [c.files, c.killed, c.timedOut, c.survived, c.noCoverage, c.moduleLevel];
    return [
      `\`${name}\``,
      ...cells.map(String),
      String(c.equivalent),
      String(c.leftOut),
      percent(score),
      percent(runnable),
    ];
  });
  return [header, header.map(() => '---'), ...lines].map((r) => `| ${r.join(' | ')} |`).join('\n');
}
