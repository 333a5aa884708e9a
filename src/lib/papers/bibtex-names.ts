import { latexToText } from './latex-text';

/** Splits at a separator that is outside braces: `and` between names, `,` inside one. */
function splitOutsideBraces(text: string, separator: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  // Stryker disable next-line EqualityOperator: one step past the end reads no brace, and a sticky separator cannot match at the end of the text
  for (let at = 0; at < text.length; at += 1) {
    const char = text[at];
    if (char === '{') depth += 1;
    else if (char === '}') depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      separator.lastIndex = at;
      const match = separator.exec(text);
      if (match) {
        parts.push(text.slice(start, at));
        start = at + match[0].length;
        at = start - 1;
      }
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** One BibTeX name in reading order: "Pei, Kexin" is Kexin Pei, "Jr" goes last. */
function readName(raw: string): string {
  const parts = splitOutsideBraces(raw, /,/y).map((part) => latexToText(part));
  // Stryker disable next-line StringLiteral: a fallback only for the type checker; the split always gives a first part
  const [last = '', second, third] = parts;
  // Stryker disable next-line ConditionalExpression: without it the name reads " Last", and the caller trims it
  if (parts.length === 1) return last;
  // "von Last, Jr, First" puts the suffix after the whole name.
  // Stryker disable next-line StringLiteral: fallbacks only for the type checker; with two parts or more there is a second
  return third === undefined ? `${second ?? ''} ${last}` : `${third} ${last} ${second ?? ''}`;
}

/**
 * The names of a BibTeX `author` (or `editor`) field, in order: separated by `and` outside
 * braces, each as "First Last", accents as Unicode; `and others` ends the list as "et al.",
 * as the catalogue writes it.
 */
export function bibtexNames(field: string): string[] {
  // Stryker disable next-line MethodExpression: an empty piece reads as an empty name, which the loop drops as well
  const names = splitOutsideBraces(field, /\s+and\s+/iy)
    .map((raw) => raw.trim())
    // Stryker disable next-line ConditionalExpression,StringLiteral: an empty piece reads as an empty name, which the loop drops as well
    .filter((raw) => raw !== '');
  const out: string[] = [];
  for (const raw of names) {
    if (raw.toLowerCase() === 'others') {
      if (out.length > 0) out.push('et al.');
      break;
    }
    const name = readName(raw).replace(/\s+/g, ' ').trim();
    if (name !== '') out.push(name);
  }
  return out;
}
