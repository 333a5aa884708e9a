/**
 * The four ways of writing a paper entry that the synthetic lists use, all made up here from the
 * benchmark's own vocabulary (no text from real lists). Each entry's paper URL holds its index, so
 * no two entries are the same paper and a list's paper count must equal its entry count.
 */
import { pseudoWord, sentence, title, VENUES, type Random } from '../bench/synthetic-words';

export const STYLES = ['classic', 'labelled', 'table', 'paragraph'] as const;
export type Style = (typeof STYLES)[number];

/** What one entry needs: the seeded randomness, its index and the made-up names. */
export type EntryInput = { random: Random; index: number; names: readonly string[] };

const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const two = (n: number) => String(n).padStart(2, '0');

function paperDate({ random, index }: EntryInput) {
  const year = 2015 + (index % 10);
  return { year, month: random.int(1, 12), day: random.int(1, 28) };
}

/** `2305.10123`: unique per index, with the year and month of `date`. */
function arxivId(index: number, date: { year: number; month: number }): string {
  return `${two(date.year % 100)}${two(date.month)}.${String(10_000 + index).padStart(5, '0')}`;
}

function paperUrl(input: EntryInput, date: { year: number; month: number }): string {
  const { random, index } = input;
  const roll = random.next();
  if (roll < 0.6) return `https://arxiv.org/abs/${arxivId(index, date)}`;
  if (roll < 0.8) return `https://openreview.net/forum?id=Bench${index}${pseudoWord(random)}`;
  return `https://proceedings.bench.test/${date.year}/paper-${index}.pdf`;
}

function authors({ random }: EntryInput): string {
  const initial = () => String.fromCharCode(65 + random.int(0, 25));
  const count = random.int(1, 6);
  const list = Array.from(
    { length: count },
    () => `${initial()}. ${capitalise(pseudoWord(random))}`,
  );
  return random.chance(0.2) && count > 3
    ? `${list.slice(0, 3).join(', ')}, et al.`
    : list.join(', ');
}

function repo({ random, names }: EntryInput): string {
  return `https://github.com/${random.skewed(names)}/${pseudoWord(random)}-${random.int(1, 99)}`;
}

/** `- [Title](https://arxiv.org/abs/YYMM.NNNNN), *VENUE'YY* - description` */
function classic(input: EntryInput): string {
  const { random, index, names } = input;
  const date = paperDate(input);
  const link = `[${title(random, names)}](https://arxiv.org/abs/${arxivId(index, date)})`;
  const venue = `*${random.skewed(VENUES)}'${two(date.year % 100)}*`;
  return `- ${link}, ${venue} - ${sentence(random, random.int(8, 24), names)}`;
}

/** `1. **Title.** *A. Author, B. Author*. ICML 2019. [[paper](url)] [[code](url)]` */
function labelled(input: EntryInput, number: number): string {
  const { random, names } = input;
  const date = paperDate(input);
  const code = random.chance(0.6) ? ` [[code](${repo(input)})]` : '';
  const venue = `${random.skewed(VENUES)} ${date.year}`;
  const head = `${number}. **${title(random, names)}.** *${authors(input)}*. ${venue}.`;
  return `${head} [[paper](${paperUrl(input, date)})]${code}`;
}

export const TABLE_HEADER = '| Title | Venue | Date | Code |\n| --- | --- | --- | --- |';

/** `| [Title](url)<br>*authors* | Venue Year | 2023-06-29 | [![stars](badge)](repo) |` */
function tableRow(input: EntryInput): string {
  const { random, names } = input;
  const date = paperDate(input);
  const cell = `[${title(random, names)}](${paperUrl(input, date)})<br>*${authors(input)}*`;
  const venue = random.chance(0.8) ? `${random.skewed(VENUES)} ${date.year}` : 'arXiv';
  const when = `${date.year}-${two(date.month)}-${two(date.day)}`;
  const code = repo(input);
  const path = code.slice('https://github.com/'.length);
  const badge = `[![Stars](https://img.shields.io/github/stars/${path}?style=social)](${code})`;
  return `| ${cell} | ${venue} | ${when} | ${random.chance(0.7) ? badge : '-'} |`;
}

/** `**Title** \` / `*A. Author, B. Author* \` / `arXiv 2023. [[Paper](url)] \` / `29 Jun 2023` */
function paragraph(input: EntryInput): string {
  const { random, names } = input;
  const date = paperDate(input);
  const venue = random.chance(0.5) ? 'arXiv' : random.skewed(VENUES);
  const code = random.chance(0.4) ? ` [[Code](${repo(input)})]` : '';
  const month = MONTHS[date.month - 1] ?? 'Jan';
  return [
    `**${title(random, names)}** \\`,
    `*${authors(input)}* \\`,
    `${venue} ${date.year}. [[Paper](${paperUrl(input, date)})]${code} \\`,
    `${date.day} ${month} ${date.year}`,
  ].join('\n');
}

/** One entry of `style`; `number` is its place in its section (for numbered lists). */
export function writeEntry(style: Style, input: EntryInput, number: number): string {
  switch (style) {
    case 'classic':
      return classic(input);
    case 'labelled':
      return labelled(input, number);
    case 'table':
      return tableRow(input);
    case 'paragraph':
      return paragraph(input);
  }
}
