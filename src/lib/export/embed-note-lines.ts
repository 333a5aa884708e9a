// Headings under a paper's `###` title start at level 4 so a note cannot outrank the papers.
const levelShift = 3;

// A footnote definition holds blocks, a heading too, after its label, which a line scan cannot
// follow, so such notes go to the parser. (Tables need no parse: a heading line ends them.)
const needsParser = /\[\^/;
// A `<` at the start of a block may open an HTML block; a `#` or a fence led by indentation or
// quote and list markers is a heading or code depending on the containers around it. (A `#`
// opening the line is either a heading or plain text, never anything else.)
const nestedStart = /^(?:<|[ \t>*+\-\d.)]+(?:[<#]|```|~~~))/;
// Underlines a setext heading when a paragraph line comes right before it.
const underline = /^[ \t>]*(?:=+|-+)[ \t]*$/;
// A code fence at the start of a line is one at the top level: nothing else can hold it there.
const fenceOpening = /^(?:`{3,}(?!.*`)|~{3,})/;
const fenceClosing = /^ {0,3}(`+|~+)[ \t]*$/;
const blank = /^[ \t]*$/;
const lineEnd = /\r\n|\r|\n/g;

/** The number of `#` opening an ATX heading at the start of the line, or 0 if it opens none. */
function atxDepth(line: string): number {
  let depth = 0;
  while (depth < 7 && line.charCodeAt(depth) === 35) depth += 1;
  if (depth === 0 || depth > 6) return 0;
  const after = line.charAt(depth);
  return after === '' || after === ' ' || after === '\t' ? depth : 0;
}

/** True when the line closes the fenced code block that `fence` opened. */
function closes(line: string, fence: string): boolean {
  const run = fenceClosing.exec(line)?.[1];
  return run !== undefined && run.charAt(0) === fence.charAt(0) && run.length >= fence.length;
}

/**
 * `embedNoteByParse` for the notes most people write (paragraphs, lists, emphasis, links, code
 * blocks, tables and `#` headings at the start of a line), without parsing them: every heading
 * is then a line starting with `#` outside a code block. Undefined for any note where a line
 * scan might disagree with the parser (which must then be asked), and for a note that leaves a
 * code block open, which the parser knows how to close.
 */
export function demoteHeadingLines(note: string): string | undefined {
  if (needsParser.test(note)) return undefined;
  const parts: string[] = [];
  let copied = 0;
  let previousBlank = true;
  let fence: string | undefined;
  lineEnd.lastIndex = 0;
  for (let start = 0; start <= note.length;) {
    const match = lineEnd.exec(note);
    const end = match === null ? note.length : match.index;
    const line = note.slice(start, end);
    const depth = fence === undefined ? atxDepth(line) : 0;
    if (depth > 0) {
      parts.push(note.slice(copied, start), '#'.repeat(Math.min(6, depth + levelShift) - depth));
      copied = start;
    } else if (fence !== undefined) {
      if (closes(line, fence)) fence = undefined;
    } else if (nestedStart.test(line) || (!previousBlank && underline.test(line))) {
      return undefined;
    } else {
      fence = fenceOpening.exec(line)?.[0];
    }
    previousBlank = fence === undefined && blank.test(line);
    if (match === null) break;
    start = end + match[0].length;
  }
  if (fence !== undefined) return undefined;
  parts.push(note.slice(copied));
  return parts.join('');
}
