import { splitAuthors } from '../paper-authors';

/** What a citation key is made from. */
export type KeySource = {
  id: string;
  title: string;
  year?: number;
  authors?: readonly string[];
};

// Function words Better BibTeX skips when it picks a title's words, plus question words.
const functionWords = new Set(
  `a an the on of in for to and or nor but with without towards toward via from at by into onto
  upon over under about as is are be do does we our its it what how why when can vs versus`
    .split(/\s+/)
    .filter((word) => word !== ''),
);

// Letters NFKD leaves alone but that have a usual ASCII spelling.
const ascii: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  þ: 'th',
};

/** Lower-case ASCII words of the text, accents transliterated; anything else separates. */
function asciiWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđþ]/g, (letter) => ascii[letter] ?? '')
    .split(/[^\p{L}\p{N}]+/u)
    .map((word) => word.replace(/[^a-z0-9]/g, ''))
    .filter((word) => word !== '');
}

function titleWords(title: string, count: number): string {
  const words = asciiWords(title);
  const significant = words.filter((word) => !functionWords.has(word));
  return (significant.length > 0 ? significant : words).slice(0, count).join('');
}

// Generational suffixes are not family names: "Guy L. Steele Jr." is Steele.
const suffixes = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** The first author's family name as key text: `Pei` of "Kexin Pei", `Zhang` of "Zhang, Jie M.". */
function familyName(authors: readonly string[] | undefined): string {
  const [first] = splitAuthors(authors).names;
  if (first === undefined) return '';
  const comma = first.indexOf(',');
  if (comma > 0) return asciiWords(first.slice(0, comma)).join('');
  const words = asciiWords(first).filter((word) => !suffixes.has(word));
  return words.at(-1) ?? '';
}

/**
 * Better BibTeX's default form: `pei2017deepxplore` (first author's family name, year, first
 * significant title word); with no usable author, the first three significant title words and
 * the year (`machinelearningtesting2020`). Lower-case ASCII only, so every tool reads it.
 */
export function baseCitationKey({ title, year, authors }: KeySource): string {
  const family = familyName(authors);
  const yearText = year === undefined ? '' : String(year);
  if (family !== '') return `${family}${yearText}${titleWords(title, 1)}`;
  return `${titleWords(title, 3) || 'paper'}${yearText}`;
}

/** `a`, `b`, … `z`, `aa`, `ab`, …: the suffixes that tell papers with the same key apart. */
function letterSuffix(n: number): string {
  let suffix = '';
  for (let rest = n; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    suffix = String.fromCharCode(97 + ((rest - 1) % 26)) + suffix;
  }
  return suffix;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * One unique key per paper, in the order given. Papers sharing a key are told apart by `a`, `b`,
 * … in the order of their ids, not of the list, so a paper added elsewhere in the list or an
 * export of fewer papers does not rename the others (only one sharing the key and sorting
 * before it can).
 */
export function citationKeys(papers: readonly KeySource[]): string[] {
  const bases = papers.map(baseCitationKey);
  const taken = new Set(bases);
  const keys: string[] = new Array<string>(papers.length);
  const order = papers
    .map((_, index) => index)
    .sort(
      (a, b) =>
        byText(bases[a] ?? '', bases[b] ?? '') || byText(papers[a]?.id ?? '', papers[b]?.id ?? ''),
    );
  let previous: string | undefined;
  for (const index of order) {
    const base = bases[index] ?? 'paper';
    let key = base;
    if (base === previous) {
      // A suffixed key must not be another paper's own key (`smith2020a` from "A Study").
      for (let n = 1; taken.has(key); n += 1) key = `${base}${letterSuffix(n)}`;
      taken.add(key);
    }
    previous = base;
    keys[index] = key;
  }
  return keys;
}
