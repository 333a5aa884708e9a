/**
 * Files no real list looks like, which `checkListText` must refuse before the Markdown parser
 * sees them (the parser could take seconds to minutes on each): how fast, and why.
 */
import { checkListText } from '../../src/lib/catalogue/list-limits';
import { seededRandom } from '../bench/synthetic-words';
import { median, repeat, timedRow, type Row } from './results';
import { LIST_BYTES, type SyntheticList } from './synthetic-lists';

export const REFUSE_LIMIT_MS = 100;

type Hostile = { name: string; text: () => string };

const MB = 1024 * 1024;

/** Bytes as the app and the CLI read them: decoded as UTF-8, invalid sequences as U+FFFD. */
function binaryFile(bytes: number): string {
  const random = seededRandom(99);
  const data = Uint8Array.from({ length: bytes }, () => random.int(0, 255));
  return new TextDecoder().decode(data);
}

function hostileInputs(list: SyntheticList): Hostile[] {
  return [
    {
      name: 'lists nested 500 deep',
      text: () =>
        `# Deep\n\n${Array.from({ length: 500 }, (_, i) => `${'  '.repeat(i)}- [P${i}](https://bench.test/${i})`).join('\n')}\n`,
    },
    { name: '20,000 `>`', text: () => `# Quotes\n\n${'>'.repeat(20_000)} deep\n` },
    {
      name: '2 MB link text on one line',
      text: () => `# Long\n\n- [${'a'.repeat(2 * MB)}](https://bench.test/long)\n`,
    },
    { name: '1 MB binary file (NUL bytes)', text: () => binaryFile(LIST_BYTES) },
    {
      name: '6 MB of list text',
      text: () => list.markdown.repeat(Math.ceil((6 * MB) / list.markdown.length)),
    },
  ];
}

/** `list` (any synthetic list) is repeated to make the over-size file. */
export async function measureHostile(list: SyntheticList, runs: number): Promise<Row[]> {
  const rows: Row[] = [];
  for (const hostile of hostileInputs(list)) {
    const text = hostile.text();
    const results = await repeat(runs, () => {
      const start = performance.now();
      const check = checkListText(text);
      return { ms: performance.now() - start, check };
    });
    const [first] = results;
    const reason = first?.check.ok === false ? `refused: ${first.check.reason}` : 'ACCEPTED';
    const ms = median(results.map((result) => result.ms));
    const row = timedRow('hostile', hostile.name, ms, REFUSE_LIMIT_MS, reason);
    rows.push({ ...row, pass: row.pass === true && results.every(({ check }) => !check.ok) });
  }
  return rows;
}
