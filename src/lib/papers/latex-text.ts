// LaTeX as BibTeX files carry it (`{\"u}`, `\'{e}`, `{{Deep}} Learning`, `\&`), as plain text.
import { LATEX_SYMBOLS as SYMBOLS } from './latex-symbols';

// Accent commands, as the Unicode combining mark they put on the next letter.
const ACCENTS: Record<string, string> = {
  '"': '\u0308',
  "'": '\u0301',
  '`': '\u0300',
  '^': '\u0302',
  '~': '\u0303',
  '=': '\u0304',
  '.': '\u0307',
  u: '\u0306',
  v: '\u030c',
  H: '\u030b',
  c: '\u0327',
  k: '\u0328',
  r: '\u030a',
  d: '\u0323',
  b: '\u0331',
  t: '\u0361',
};

type Reader = { text: string; at: number };

function readGroup(reader: Reader): string {
  // At an opening brace: the text up to its matching closing brace.
  let depth = 0;
  const start = reader.at + 1;
  // Stryker disable next-line EqualityOperator: one step past the end of an unclosed group reads no brace, and the group's text and the reading past the end stay the same
  for (; reader.at < reader.text.length; reader.at += 1) {
    const char = reader.text[reader.at];
    if (char === '{') depth += 1;
    else if (char === '}' && --depth === 0) break;
  }
  const group = reader.text.slice(start, reader.at);
  reader.at += 1;
  return group;
}

function skipSpaces(reader: Reader): void {
  while (/\s/.test(reader.text[reader.at] ?? '')) reader.at += 1;
}

function readCommandName(reader: Reader): string {
  const letters = /^[A-Za-z]+/.exec(reader.text.slice(reader.at))?.[0];
  const name = letters ?? reader.text[reader.at] ?? '';
  reader.at += name.length;
  // A space after a command made of letters only ends its name.
  if (letters) skipSpaces(reader);
  return name;
}

/** The argument of an accent: a group, a command such as `\i`, or the next character. */
function readAccentBase(reader: Reader): string {
  skipSpaces(reader);
  const next = reader.text[reader.at];
  if (next === '{') return decode(readGroup(reader));
  if (next === '\\') {
    reader.at += 1;
    const name = readCommandName(reader);
    return SYMBOLS[name] ?? name;
  }
  reader.at += 1;
  return next ?? '';
}

function applyAccent(base: string, mark: string): string {
  // A dotless i or j under an accent is the plain letter in Unicode (`\'{\i}` is í).
  const letter = base === 'ı' ? 'i' : base === 'ȷ' ? 'j' : base;
  const [first, ...rest] = Array.from(letter);
  if (first === undefined) return '';
  return `${first}${mark}${rest.join('')}`;
}

function readCommand(reader: Reader): string {
  reader.at += 1;
  const name = readCommandName(reader);
  const accent = ACCENTS[name];
  if (accent) return applyAccent(readAccentBase(reader), accent);
  const symbol = SYMBOLS[name];
  if (symbol !== undefined) return symbol;
  // \emph{…}, \textbf{…}, \url{…} and any command unknown here: nothing; the group after it
  // is read on as text.
  return '';
}

// Dashes and quotes typed as TeX ligatures, longest first.
const PAIRS: readonly (readonly [string, string])[] = [
  ['---', '—'],
  ['--', '–'],
  ['``', '“'],
  ["''", '”'],
];

function decode(text: string): string {
  const reader: Reader = { text, at: 0 };
  let out = '';
  // Stryker disable next-line EqualityOperator: one step past the end reads an empty character, which adds nothing
  while (reader.at < text.length) {
    // Stryker disable next-line StringLiteral: a fallback only for the type checker; the loop stays inside the text
    const char = text[reader.at] ?? '';
    const rest = text.slice(reader.at, reader.at + 3);
    const pair = PAIRS.find(([from]) => rest.startsWith(from));
    if (char === '\\') out += readCommand(reader);
    else if (char === '{') out += decode(readGroup(reader));
    else if (pair) {
      out += pair[1];
      reader.at += pair[0].length;
    } else {
      // Math shifts and stray closing braces go; a tie is a space.
      if (char === '~') out += ' ';
      else if (char !== '$' && char !== '}') out += char;
      reader.at += 1;
    }
  }
  return out;
}

/** Plain Unicode text of a BibTeX field value: accents composed, commands and braces gone. */
export function latexToText(value: string): string {
  return decode(value).normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** The same for a note: paragraphs (parted by a blank line, as in LaTeX) stay apart. */
export function latexToParagraphs(value: string): string {
  return value
    .split(/\n[ \t]*\n\s*/)
    .map(latexToText)
    .filter(Boolean)
    .join('\n\n');
}
