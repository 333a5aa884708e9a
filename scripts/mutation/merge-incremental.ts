// One incremental file from the per-folder runs. A run's incremental file holds only the files it
// mutated, and numbers its tests from 0, so files cannot simply be put side by side: each mutant's
// killing and covering tests are found again by test file and name in the merged numbering.
import { z } from 'zod';

const testSchema = z.object({ id: z.string(), name: z.string() }).passthrough();
const testFileSchema = z
  .object({ source: z.string().optional(), tests: z.array(testSchema) })
  .passthrough();
const mutantSchema = z
  .object({ killedBy: z.array(z.string()).optional(), coveredBy: z.array(z.string()).optional() })
  .passthrough();
const fileSchema = z.object({ mutants: z.array(mutantSchema) }).passthrough();

export const incrementalSchema = z
  .object({
    files: z.record(z.string(), fileSchema),
    testFiles: z.record(z.string(), testFileSchema).optional(),
  })
  .passthrough();

export type IncrementalReport = z.infer<typeof incrementalSchema>;

const testKey = (file: string, name: string) => `${file}\u0000${name}`;

/** Each file's mutants and each test file from the latest report holding it. */
export function mergeIncremental(reports: readonly IncrementalReport[]): IncrementalReport {
  const latest = reports.at(-1);
  if (latest === undefined) throw new Error('no report to merge');
  const testFiles: NonNullable<IncrementalReport['testFiles']> = {};
  for (const report of reports) Object.assign(testFiles, report.testFiles);

  const ids = new Map<string, string>();
  const renumbered = Object.fromEntries(
    Object.entries(testFiles).map(([file, entry]) => [
      file,
      {
        ...entry,
        tests: entry.tests.map((test) => {
          const id = String(ids.size);
          ids.set(testKey(file, test.name), id);
          return { ...test, id };
        }),
      },
    ]),
  );

  const files: IncrementalReport['files'] = {};
  for (const report of reports) {
    const keyOf = new Map<string, string>();
    for (const [file, entry] of Object.entries(report.testFiles ?? {})) {
      for (const test of entry.tests) keyOf.set(test.id, testKey(file, test.name));
    }
    // A test gone from the newer run of its file is dropped: its mutants are then run again.
    const remap = (old: readonly string[] | undefined) =>
      old?.flatMap((id) => {
        const found = ids.get(keyOf.get(id) ?? '');
        return found === undefined ? [] : [found];
      });
    for (const [path, file] of Object.entries(report.files)) {
      files[path] = {
        ...file,
        mutants: file.mutants.map((mutant) => ({
          ...mutant,
          ...(mutant.killedBy && { killedBy: remap(mutant.killedBy) }),
          ...(mutant.coveredBy && { coveredBy: remap(mutant.coveredBy) }),
        })),
      };
    }
  }
  return { ...latest, files, testFiles: renumbered };
}
