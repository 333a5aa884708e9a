import type { Heading, Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';

// Headings under a paper's `###` title start at level 4 so a note cannot outrank the papers.
const levelShift = 3;
const sentinel = '# readmark-end-of-note';

function parse(markdown: string): Root {
  return fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

function headingsIn(root: Root, before: number): Heading[] {
  // Stryker disable next-line ArrayDeclaration: a seeded element that is not a heading has no position, so demotion gives no edit for it
  const headings: Heading[] = [];
  const stack: Nodes[] = [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    // Stryker disable next-line EqualityOperator,OptionalChaining: the only heading at or after note.length is the sentinel at note.length + 2, and parsed nodes always carry a position
    if (node.type === 'heading' && (node.position?.start.offset ?? before) < before) {
      headings.push(node);
    } else if ('children' in node) stack.push(...node.children);
  }
  // Stryker disable next-line all: applyEdits sorts the edits by offset again, so this order is never seen
  return headings.sort((a, b) => (a.position?.start.offset ?? 0) - (b.position?.start.offset ?? 0));
}

type Edit = { start: number; end: number; text: string };

/** A setext heading's lines joined into one ATX heading; container prefixes (`> `) dropped. */
function setextAsAtx(note: string, heading: Heading, level: number): string {
  // Stryker disable next-line OptionalChaining: a setext heading always has content, and parsed nodes always carry a position
  const first = heading.children[0]?.position?.start.offset ?? 0;
  // Stryker disable next-line OptionalChaining: a setext heading always has content, and parsed nodes always carry a position
  const last = heading.children.at(-1)?.position?.end.offset ?? first;
  const content = note
    .slice(first, last)
    .split(/\r\n|\r|\n/)
    // Stryker disable next-line ConditionalExpression: the first line starts at the heading's first child, which never starts with a space, tab or `>`
    .map((line, index) => (index === 0 ? line : line.replace(/^[ \t>]*/, '')).trimEnd())
    .join(' ')
    // A trailing `#` run would read as the closing sequence of the ATX heading and vanish.
    .replace(/(^|[ \t])(#+)$/, '$1\\$2');
  return `${'#'.repeat(level)} ${content}`;
}

function demotion(note: string, heading: Heading): Edit | undefined {
  // Stryker disable next-line OptionalChaining: parsed nodes always carry a position
  const start = heading.position?.start.offset;
  // Stryker disable next-line OptionalChaining: parsed nodes always carry a position
  const end = heading.position?.end.offset;
  // Stryker disable next-line ConditionalExpression: parsed nodes always carry a position, so neither offset is undefined
  if (start === undefined || end === undefined) return undefined;
  const level = Math.min(6, heading.depth + levelShift);
  if (note.charAt(start) === '#') {
    return { start, end: start, text: '#'.repeat(level - heading.depth) };
  }
  return { start, end, text: setextAsAtx(note, heading, level) };
}

function applyEdits(text: string, edits: Edit[]): string {
  let result = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  }
  return result;
}

const htmlClosers: [RegExp, string][] = [
  [/^<!--/, '-->'],
  [/^<\?/, '?>'],
  [/^<!\[CDATA\[/, ']]>'],
  [/^<![a-z]/i, '>'],
  [/^<(script|pre|style|textarea)(?=[\s>]|$)/i, '</$1>'],
];

/** What ends a fenced code block or raw HTML block left open at the end of the note, if any. */
function closerFor(source: string, node: Nodes | undefined): string | undefined {
  // Stryker disable next-line OptionalChaining: only called with a leak, which is defined, and a leaking code block is fenced, so its source starts with the fence
  if (node?.type === 'code') return /^\s*(`{3,}|~{3,})/.exec(source)?.[1];
  // Stryker disable next-line OptionalChaining: only called with a leak, which is defined
  if (node?.type !== 'html') return undefined;
  for (const [pattern, closer] of htmlClosers) {
    const match = pattern.exec(source.trimStart());
    // Stryker disable next-line StringLiteral: closers without `$1` ignore the replacement, and the pattern of the one with `$1` always captures its group
    if (match) return closer.replace('$1', match[1] ?? '');
  }
  return undefined;
}

function leakingNode(text: string): { root: Root; leak: Nodes | undefined } {
  const root = parse(`${text}\n\n${sentinel}`);
  const last = root.children.at(-1);
  const sealed = last?.type === 'heading' && last.position?.start.offset === text.length + 2;
  return { root, leak: sealed ? undefined : last };
}

function fenceAround(text: string): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}markdown\n${text}\n${fence}`;
}

/**
 * The note ready to sit under a paper's heading: headings demoted to level 4 and below (fenced
 * code untouched, since the parse knows what is code), and a code fence or HTML block the note
 * leaves open closed after it, so it cannot swallow the papers that follow. Nothing else changes.
 * Exact for any note, but a full CommonMark parse: `embedNote` tries a line scan first.
 */
export function embedNoteByParse(note: string): string {
  const { root, leak } = leakingNode(note);
  // Stryker disable next-line ArrayDeclaration: demotion never returns undefined, since parsed headings always carry a position
  const edits = headingsIn(root, note.length).flatMap((heading) => demotion(note, heading) ?? []);
  let text = applyEdits(note, edits);
  if (leak === undefined) return text;
  // Stryker disable next-line LogicalOperator,OptionalChaining: parsed nodes always carry a position
  const start = leak.position?.start.offset ?? 0;
  const closer = closerFor(note.slice(start), leak);
  if (closer !== undefined) text = `${text}\n${closer}`;
  return leakingNode(text).leak === undefined ? text : fenceAround(note);
}
