/**
 * `parseAwesomeList` on every `.md` file of a folder of real lists, to set the synthetic ones
 * beside them. Nothing from the folder is kept; only sizes and times are reported.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseAwesomeList } from '../../src/lib/catalogue/parse-awesome-list';
import { median, repeat, type Row } from './results';

type Timed = { name: string; bytes: number; ms: number; papers: number };

const SHOWN = 3;
const kb = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString('en-US')} KB`;
const msText = (value: number) => `${Math.round(value).toLocaleString('en-US')} ms`;

async function timeFile(dir: string, name: string, runs: number): Promise<Timed> {
  const markdown = await readFile(join(dir, name), 'utf8');
  const results = await repeat(runs, () => {
    const start = performance.now();
    const { catalogue } = parseAwesomeList(markdown);
    return { ms: performance.now() - start, papers: catalogue.papers.length };
  });
  const papers = results[0]?.papers ?? 0;
  const ms = median(results.map((result) => result.ms));
  return { name, bytes: Buffer.byteLength(markdown), ms, papers };
}

export async function measureCorpus(dir: string, runs: number): Promise<Row[]> {
  const names = (await readdir(dir, { withFileTypes: true }))
    .filter((entry) => entry.isFile() && /\.md$/i.test(entry.name))
    .map((entry) => entry.name)
    .sort();
  if (names.length === 0) throw new Error(`no .md files in ${dir}`);
  const timed: Timed[] = [];
  for (const name of names) timed.push(await timeFile(dir, name, runs));
  const bySize = [...timed].sort((a, b) => b.bytes - a.bytes);
  const rows: Row[] = bySize.slice(0, SHOWN).map((file) => ({
    part: 'corpus',
    measure: `parse ${file.name}`,
    ms: file.ms,
    target: '',
    pass: null,
    detail: `${kb(file.bytes)}, ${file.papers.toLocaleString('en-US')} papers`,
  }));
  const totalBytes = timed.reduce((sum, file) => sum + file.bytes, 0);
  const totalMs = timed.reduce((sum, file) => sum + file.ms, 0);
  const slowest = [...timed].sort((a, b) => b.ms - a.ms)[0];
  rows.push({
    part: 'corpus',
    measure: `all ${timed.length} files (sum of medians)`,
    ms: totalMs,
    target: '',
    pass: null,
    detail: `${kb(totalBytes)}; ${msText(totalMs / (totalBytes / 1024 / 1024))} per MB; slowest ${slowest?.name ?? ''} (${msText(slowest?.ms ?? 0)})`,
  });
  return rows;
}
