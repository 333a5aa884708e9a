// @vitest-environment node
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogueSchema } from '../../src/lib/catalogue/schema';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = 'tests/fixtures/catalogue';
type Run = { code: number; stdout: string; stderr: string };

/** Runs the CLI the way `npm run catalogue` does, via tsx's loader, from the repo root. */
function runCli(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const argv = ['--import', 'tsx', 'scripts/catalogue.ts', ...args];
    execFile(process.execPath, argv, { cwd: root }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
      resolve({ code, stdout, stderr });
    });
  });
}

const lines = (text: string) => text.trimEnd().split('\n');
let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'catalogue-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

// Each test starts tsx in a process of its own: seconds apiece when other tests share the CPU.
describe.concurrent('scripts/catalogue.ts', { timeout: 20_000 }, () => {
  it('writes a valid catalogue and reports warnings with line numbers', async () => {
    const output = join(dir, 'nested', 'catalogue.json');
    const run = await runCli(`${fixtures}/warnings.md`, '-o', output);
    expect(run.code).toBe(0);
    const input = `${fixtures}/warnings.md`;
    expect(lines(run.stderr)).toEqual([
      `${input}:6: warning: dropped link "Review": relative link needs a source URL`,
      `${input}:7: warning: skipped "Evil": link is not http(s) (javascript:)`,
      `${input}:8: warning: skipped "Relative": relative link needs a source URL`,
      `catalogue: 1 paper in 1 section (0 with a venue, 0 with a year, 0 with authors); 2 entries skipped -> ${output}`,
    ]);
    const json = await readFile(output, 'utf8');
    expect(json.endsWith('}\n')).toBe(true);
    expect(json).toContain('\n  "schemaVersion": 2,');
    expect(catalogueSchema.parse(JSON.parse(json)).papers.map((paper) => paper.title)).toEqual([
      'Good',
    ]);
  });

  it('prints to stdout without -o, resolving links against --source-url', async () => {
    const base = 'https://github.com/o/r/blob/main/';
    const run = await runCli(`${fixtures}/dialects.md`, '--source-url', base);
    expect(run.code).toBe(0);
    expect(lines(run.stderr)).toEqual([
      'catalogue: 25 papers in 2 sections (10 with a venue, 10 with a year, 0 with authors) -> stdout',
    ]);
    const catalogue = catalogueSchema.parse(JSON.parse(run.stdout));
    expect(catalogue.sourceUrl).toBe(base);
    expect(catalogue.papers.flatMap((paper) => paper.links)).toContainEqual({
      label: 'Review',
      url: `${base}reviews/l.md`,
    });
  });

  it('fails on a list with no entries, leaving existing output untouched', async () => {
    const existing = join(dir, 'existing.json');
    await writeFile(existing, 'keep');
    const run = await runCli(`${fixtures}/no-entries.md`, '-o', existing);
    expect(run.code).not.toBe(0);
    expect(lines(run.stderr)).toEqual([
      `catalogue: error: ${fixtures}/no-entries.md: no paper entries found (1 warning, first: line 10: skipped "Unsafe": link is not http(s) (javascript:))`,
    ]);
    expect(run.stdout).toBe('');
    expect(await readFile(existing, 'utf8')).toBe('keep');
  });

  it('refuses what no real list does before parsing it, writing nothing', async () => {
    const output = join(dir, 'refused.json');
    const [deep, huge] = [join(dir, 'deep.md'), join(dir, 'huge.md')];
    const nested = Array.from(
      { length: 500 },
      (_, i) => `${'  '.repeat(i)}- [P](https://e.org/${i})`,
    );
    await writeFile(deep, `# Deep\n\n${nested.join('\n')}\n`);
    await writeFile(huge, Buffer.alloc(6 * 1024 * 1024, 'a'));
    const runs = await Promise.all([deep, huge].map((input) => runCli(input, '-o', output)));
    expect(runs.map((run) => run.code)).toEqual([1, 1]);
    expect(runs.map((run) => lines(run.stderr))).toEqual([
      [
        `catalogue: error: ${deep}: its lists nest more than 32 levels deep (at line 35), and no real list nests that deep`,
      ],
      // Judged by the file's size, before it is read.
      [`catalogue: error: ${huge}: it is 6 MB of Markdown, over the 5 MB limit for a list`],
    ]);
    expect(existsSync(output)).toBe(false);
  });

  it('fails with one line on an unreadable file or bad arguments, writing nothing', async () => {
    const output = join(dir, 'never.json');
    const [missing, badArgs] = await Promise.all([
      runCli(`${fixtures}/does-not-exist.md`, '-o', output),
      runCli(`${fixtures}/dialects.md`, '--source-url', 'javascript:alert(1)', '-o', output),
    ]);
    expect(missing.code).not.toBe(0);
    expect(lines(missing.stderr)).toEqual([
      `catalogue: error: cannot read ${fixtures}/does-not-exist.md: no such file or directory`,
    ]);
    expect(badArgs.code).toBe(2);
    expect(lines(badArgs.stderr)).toHaveLength(1);
    expect(existsSync(output)).toBe(false);
  });
});
