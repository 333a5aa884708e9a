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

describe.concurrent('scripts/catalogue.ts', () => {
  it('writes a valid catalogue and reports warnings with line numbers', async () => {
    const output = join(dir, 'nested', 'catalogue.json');
    const run = await runCli(`${fixtures}/warnings.md`, '-o', output);
    expect(run.code).toBe(0);
    const input = `${fixtures}/warnings.md`;
    expect(lines(run.stderr)).toEqual([
      `${input}:6: warning: dropped link "Review": relative link needs a source URL`,
      `${input}:7: warning: skipped "Evil": link is not http(s) (javascript:)`,
      `${input}:8: warning: skipped "Relative": relative link needs a source URL`,
      `catalogue: 1 paper in 1 section -> ${output}`,
    ]);
    const json = await readFile(output, 'utf8');
    expect(json.endsWith('}\n')).toBe(true);
    expect(json).toContain('\n  "schemaVersion": 1,');
    expect(catalogueSchema.parse(JSON.parse(json)).papers.map((paper) => paper.title)).toEqual([
      'Good',
    ]);
  });

  it('prints to stdout without -o, resolving links against --source-url', async () => {
    const base = 'https://github.com/o/r/blob/main/';
    const run = await runCli(`${fixtures}/dialects.md`, '--source-url', base);
    expect(run.code).toBe(0);
    expect(lines(run.stderr)).toEqual(['catalogue: 25 papers in 2 sections -> stdout']);
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
