/**
 * Deterministic synthetic awesome lists of about 1 MiB, one per entry style: a title, a short
 * introduction, a table of contents, then `##` sections (some with `###` subsections) of entries.
 */
import { nameList, seededRandom, sentence, words, type Random } from '../bench/synthetic-words';
import { STYLES, TABLE_HEADER, writeEntry, type Style } from './entry-styles';

export const LIST_BYTES = 1024 * 1024;

export type SyntheticList = {
  style: Style;
  fileName: string;
  markdown: string;
  /** Entries written: the number of papers the parser must find. */
  entries: number;
  bytes: number;
};

const STYLE_SEEDS: Record<Style, number> = { classic: 11, labelled: 23, table: 37, paragraph: 53 };

function sectionTitle(random: Random, names: readonly string[]): string {
  const text = words(random, random.int(1, 3), names).join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function anchor(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9 -]/g, '')
    .replace(/ /g, '-');
}

/** A section's entries, joined as the style writes them (a table needs its header). */
function sectionBody(style: Style, entries: string[]): string {
  if (style === 'table') return `${TABLE_HEADER}\n${entries.join('\n')}`;
  return entries.join(style === 'paragraph' ? '\n\n' : '\n');
}

/** A list of `style` entries, grown section by section until it reaches `bytes`. */
export function syntheticList(style: Style, bytes = LIST_BYTES): SyntheticList {
  const random = seededRandom(STYLE_SEEDS[style]);
  const names = nameList(random, 2000);
  const sections: { heading: string; body: string }[] = [];
  let size = 0;
  let index = 0;
  while (size < bytes) {
    const name = `${sectionTitle(random, names)} ${sections.length + 1}`;
    const level = sections.length > 0 && random.chance(0.3) ? '###' : '##';
    const entries: string[] = [];
    const count = random.int(20, 80);
    for (let number = 1; number <= count && size < bytes; number += 1) {
      const entry = writeEntry(style, { random, index, names }, number);
      entries.push(entry);
      index += 1;
      size += entry.length + 2;
    }
    sections.push({ heading: `${level} ${name}`, body: sectionBody(style, entries) });
  }
  const contents = sections
    .filter(({ heading }) => heading.startsWith('## '))
    .map(({ heading }) => `- [${heading.slice(3)}](#${anchor(heading.slice(3))})`)
    .join('\n');
  const markdown = [
    `# Awesome Synthetic ${style.charAt(0).toUpperCase()}${style.slice(1)} Papers`,
    sentence(random, 30, names),
    '## Contents',
    contents,
    ...sections.flatMap(({ heading, body }) => [heading, body]),
  ].join('\n\n');
  return {
    style,
    fileName: `synthetic-${style}.md`,
    markdown: `${markdown}\n`,
    entries: index,
    bytes: Buffer.byteLength(markdown) + 1,
  };
}

export const syntheticLists = (): SyntheticList[] => STYLES.map((style) => syntheticList(style));
