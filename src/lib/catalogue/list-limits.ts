import { findShapeProblem, type ShapeProblem } from './list-shape';

// What no real awesome list does, refused before the Markdown parser runs (in the app and in the
// CLI alike). Real lists are tens to hundreds of kilobytes, nest lists two to four levels deep,
// and hardly quote at all; the parser takes about 2 s per megabyte and quadratic time in the
// nesting depth, so each limit below keeps a parse well inside the app's 20 s time limit.

/** 5 MiB of Markdown: ten times a very large list, and about 10 s of parsing. */
export const MAX_MARKDOWN_BYTES = 5 * 1024 * 1024;
/** Lists nested deeper than this are refused (real ones stop at about four). */
export const MAX_LIST_DEPTH = 32;
/** Blockquotes nested deeper than this are refused (real lists rarely quote at all). */
export const MAX_QUOTE_DEPTH = 16;
/**
 * A long entry is a few thousand characters. The parser is quadratic in some lines' length (a
 * line of 20,000 characters of `[a]` takes over a second), so this is kept close to real lines.
 */
export const MAX_LINE_CHARS = 20_000;
/** A paper's title is a few hundred characters; badges and HTML in a link stay well under this. */
export const MAX_LINK_TEXT_CHARS = 10_000;
/** Text with a larger share of control characters or invalid UTF-8 than this is a binary file. */
export const MAX_BINARY_SHARE = 0.05;

export type ListTextCheck = { ok: true } | { ok: false; reason: string };

const count = (n: number) => n.toLocaleString('en-US');
// Rounded up, so that a file just over the limit never reads as "5 MB, over 5 MB".
export const megabytes = (bytes: number) => `${Math.ceil((bytes / 1024 / 1024) * 10) / 10} MB`;
const refuse = (reason: string): ListTextCheck => ({ ok: false, reason });

/** The size check alone, for a file's byte count before it is read. */
export function checkMarkdownSize(bytes: number): ListTextCheck {
  return bytes > MAX_MARKDOWN_BYTES
    ? refuse(
        `it is ${megabytes(bytes)} of Markdown, over the ${megabytes(MAX_MARKDOWN_BYTES)} limit for a list`,
      )
    : { ok: true };
}

/** UTF-8 length of `text`; past the limit in characters, that count (a lower bound) is enough. */
function utf8Bytes(text: string): number {
  if (text.length > MAX_MARKDOWN_BYTES) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    // A surrogate pair is 4 bytes, 2 for each half.
    bytes += code < 0x80 ? 1 : code < 0x800 || (code >= 0xd800 && code < 0xe000) ? 2 : 3;
  }
  return bytes;
}

function checkBinary(text: string): ListTextCheck {
  const notText = 'so it is a binary file or not UTF-8 text (save it as UTF-8)';
  if (text.includes('\0')) return refuse(`it contains NUL bytes, ${notText}`);
  let odd = 0;
  // Stryker disable next-line EqualityOperator: `<=` reads one past the end, where charCodeAt gives NaN, which is neither a control character nor U+FFFD (this also silences `>=`, which skips the loop and which the binary-file tests catch)
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    // Control characters other than tab, line feed, form feed and carriage return, and U+FFFD,
    // which is what reading invalid UTF-8 as text gives.
    if ((code < 32 && code !== 9 && code !== 10 && code !== 12 && code !== 13) || code === 0xfffd) {
      odd += 1;
    }
  }
  // NaN for an empty text, which never reaches the share: it has no odd characters.
  const share = odd / text.length;
  // A few stray characters (a Latin-1 "é") are not enough to call a file binary.
  return odd >= 16 && share > MAX_BINARY_SHARE
    ? refuse(`${Math.round(share * 100)}% of it is control characters or invalid UTF-8, ${notText}`)
    : { ok: true };
}

function describe(problem: ShapeProblem): string {
  const at = `line ${count(problem.line)}`;
  switch (problem.kind) {
    case 'line':
      return `${at} is ${count(problem.size)} characters long, and the limit is ${count(MAX_LINE_CHARS)}`;
    case 'link-text':
      return `the link text at ${at} is ${count(problem.size)} characters long, and the limit is ${count(MAX_LINK_TEXT_CHARS)}`;
    case 'list-depth':
      return `its lists nest more than ${MAX_LIST_DEPTH} levels deep (at ${at}), and no real list nests that deep`;
    case 'quote-depth':
      return `its blockquotes nest more than ${MAX_QUOTE_DEPTH} levels deep (at ${at}), and no real list nests that deep`;
  }
}

/**
 * Whether a Markdown file's text is something a real awesome list could be: not too big, not
 * binary, no absurdly long line or link text, no absurd nesting. Linear in the text's length and
 * stops at the first problem; the reason reads after the file's name ("x.md: it is …").
 */
export function checkListText(text: string): ListTextCheck {
  const size = checkMarkdownSize(utf8Bytes(text));
  if (!size.ok) return size;
  const binary = checkBinary(text);
  if (!binary.ok) return binary;
  const problem = findShapeProblem(text, {
    lineChars: MAX_LINE_CHARS,
    listDepth: MAX_LIST_DEPTH,
    quoteDepth: MAX_QUOTE_DEPTH,
    linkTextChars: MAX_LINK_TEXT_CHARS,
  });
  return problem ? refuse(describe(problem)) : { ok: true };
}
