/**
 * What `npm run catalogue` does with a list once it has read the file: the input checks, the
 * parse, and the schema check of the result. Runs share one process, so after the first the
 * parser's code is warm, as it is not in a fresh CLI process.
 */
import { checkListText } from '../../src/lib/catalogue/list-limits';
import { parseAwesomeList } from '../../src/lib/catalogue/parse-awesome-list';
import { catalogueSchema } from '../../src/lib/catalogue/schema';
import { median, repeat, timedRow, type Row } from './results';
import type { SyntheticList } from './synthetic-lists';

export const PARSE_LIMIT_MS = 1000;

/** A list that did not read as it was written: the benchmark would time the wrong thing. */
export class SanityError extends Error {}

const kb = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString('en-US')} KB`;

function parseOnce(list: SyntheticList): { ms: number; papers: number } {
  const start = performance.now();
  const check = checkListText(list.markdown);
  if (!check.ok) throw new SanityError(`${list.fileName} was refused: ${check.reason}`);
  const { catalogue } = parseAwesomeList(list.markdown, {
    sourceUrl: 'https://github.com/bench/synthetic/blob/main/',
  });
  const checked = catalogueSchema.safeParse(catalogue);
  const ms = performance.now() - start;
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new SanityError(`${list.fileName}: invalid catalogue at ${issue?.path.join('.')}`);
  }
  return { ms, papers: catalogue.papers.length };
}

export function expectPapers(list: SyntheticList, papers: number, where: string): void {
  if (papers !== list.entries) {
    throw new SanityError(
      `${list.fileName} (${where}): found ${papers} papers in ${list.entries} entries`,
    );
  }
}

export async function measureNode(lists: readonly SyntheticList[], runs: number): Promise<Row[]> {
  const rows: Row[] = [];
  for (const list of lists) {
    const results = await repeat(runs, () => parseOnce(list));
    for (const { papers } of results) expectPapers(list, papers, 'Node');
    const detail = `${list.entries.toLocaleString('en-US')} papers, ${kb(list.bytes)}`;
    const ms = median(results.map((result) => result.ms));
    rows.push(timedRow('node', `parse ${list.style} list`, ms, PARSE_LIMIT_MS, detail));
  }
  return rows;
}
