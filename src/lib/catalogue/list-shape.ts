// A linear scan of a Markdown file's line structure, for what the Markdown parser handles badly:
// micromark slows quadratically with the nesting depth of lists and blockquotes (500 levels take
// seconds, 3,000 minutes), so deep nesting must be found without running it. The scan reads the
// container markers at the start of each line and the brackets of link texts. It errs towards
// counting too deep (it does not know code blocks), which real lists never come near.

export type ShapeLimits = {
  lineChars: number;
  listDepth: number;
  quoteDepth: number;
  linkTextChars: number;
};
export type ShapeProblem = {
  kind: 'line' | 'list-depth' | 'quote-depth' | 'link-text';
  /** 1-based line where the problem is (for a link text, where it starts). */
  line: number;
  size: number;
};
type Found = Omit<ShapeProblem, 'line'> | undefined;

// Character codes: the scan compares numbers, not one-character strings.
const C = { tab: 9, space: 32, star: 42, plus: 43, dash: 45, dot: 46, paren: 41, gt: 62 } as const;
const B = { open: 91, close: 93, backslash: 92, link: 40, zero: 48, nine: 57 };

const isSpace = (code: number) => code === C.space || code === C.tab;
const isDigit = (code: number) => code >= B.zero && code <= B.nine;

/** Length of the list marker (`-`, `*`, `+`, `1.`, `1)`) at `i`, or 0 when there is none. */
function markerLength(text: string, i: number, end: number): number {
  let j = i;
  const first = text.charCodeAt(i);
  if (first === C.dash || first === C.star || first === C.plus) j += 1;
  else {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the character at `end` is a line ending or past the text, never a digit
    while (j < end && j - i < 9 && isDigit(text.charCodeAt(j))) j += 1;
    const after = text.charCodeAt(j);
    if (j === i || (after !== C.dot && after !== C.paren)) return 0;
    j += 1;
  }
  return j === end || isSpace(text.charCodeAt(j)) ? j - i : 0;
}

/**
 * Where the rest of the line is a thematic break (`- - -`, `* * *`): those are no list markers.
 * A `_ _ _` break needs no finding, as `_` is no list marker.
 */
function ruleStart(text: string, start: number, end: number): number {
  let i = end - 1;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: the character before `start` is a line ending or none, never a space, so the scan stops there anyway
  while (i >= start && isSpace(text.charCodeAt(i))) i -= 1;
  // A line of spaces leaves `i` before `start`, on a line ending or on no character: no mark either.
  const mark = text.charCodeAt(i);
  if (mark !== C.dash && mark !== C.star) return end;
  let marks = 0;
  for (; i >= start; i -= 1) {
    const code = text.charCodeAt(i);
    if (code === mark) marks += 1;
    else if (!isSpace(code)) break;
  }
  return marks >= 3 ? i + 1 : end;
}

/**
 * Reads the `>` and list markers opening the line [start, end), keeping `open` (the content
 * columns of the open list items, innermost last) as CommonMark does: a list marker is inside the
 * open items whose content column it reaches. Returns where the line's content starts.
 */
function readContainers(
  text: string,
  [start, end]: [number, number],
  open: number[],
  limits: ShapeLimits,
): { content: number; found: Found } {
  const rule = ruleStart(text, start, end);
  let [i, column, quotes] = [start, 0, 0];
  // Stryker disable next-line EqualityOperator: at `end` stands a line ending or nothing, which is neither space, `>` nor a marker, so the loop stops there anyway
  while (i < end) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      column = code === C.tab ? column + 4 - (column % 4) : column + 1;
      i += 1;
      continue;
    }
    if (code === C.gt) {
      quotes += 1;
      if (quotes > limits.quoteDepth)
        return { content: i, found: { kind: 'quote-depth', size: quotes } };
      i += 1;
      column += 1;
      continue;
    }
    const length = i >= rule ? 0 : markerLength(text, i, end);
    if (length === 0) break;
    // The line's first marker closes the items it is not inside. A later one closes none: it stands
    // at or past the content column the marker before it opened, the largest column in `open`.
    while ((open.at(-1) ?? -1) > column) open.pop();
    let spaces = 0;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: five spaces or more all count as one below, so counting past five changes nothing
    while (spaces < 5 && isSpace(text.charCodeAt(i + length + spaces))) spaces += 1;
    open.push(column + length + (spaces === 0 || spaces > 4 ? 1 : spaces));
    if (open.length > limits.listDepth) {
      return { content: i, found: { kind: 'list-depth', size: open.length } };
    }
    i += length;
    column += length;
  }
  return { content: i, found: undefined };
}

/** Link texts (a `[` whose `]` is followed by `(` or `[`) in [from, end), using the open `[`s. */
function readBrackets(
  text: string,
  [from, end]: [number, number],
  brackets: number[],
  limit: number,
): { opened: number; size: number } | undefined {
  // Stryker disable next-line EqualityOperator: at `end` stands a line ending or nothing, no bracket
  for (let i = from; i < end; i += 1) {
    const code = text.charCodeAt(i);
    if (code === B.backslash) i += 1;
    else if (code === B.open) brackets.push(i);
    else if (code === B.close) {
      const opened = brackets.pop();
      // Stryker disable next-line ConditionalExpression: a `]` without a `[` would measure NaN, never over the limit; the test is for the type
      if (opened === undefined) continue;
      const size = i - opened - 1;
      const after = text.charCodeAt(i + 1);
      if ((after === B.link || after === B.open) && size > limit) return { opened, size };
    }
  }
  return undefined;
}

const [LF, CR] = [10, 13];

/** The 1-based line of `index`; lines end as in CommonMark, at `\n`, `\r\n` or a lone `\r`. */
function lineOf(text: string, index: number): number {
  let line = 1;
  // Stryker disable next-line EqualityOperator: `index` is a `[`, never a line ending, so counting it changes nothing
  for (let i = 0; i < index; i += 1) {
    const code = text.charCodeAt(i);
    if (code === LF || (code === CR && text.charCodeAt(i + 1) !== LF)) line += 1;
  }
  return line;
}

/** Where each line ends, found with one forward search per kind of line ending. */
function lineEnds(text: string) {
  let [lf, cr] = [text.indexOf('\n'), text.indexOf('\r')];
  return (start: number) => {
    // The tests only save searches: a kept position at or past `start` is what a search from `start` finds.
    // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator: searching again gives the same position
    if (lf !== -1 && lf < start) lf = text.indexOf('\n', start);
    // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator: searching again gives the same position
    if (cr !== -1 && cr < start) cr = text.indexOf('\r', start);
    const end = lf === -1 ? cr : cr === -1 ? lf : Math.min(lf, cr);
    return end === -1 ? text.length : end;
  };
}

/** The first shape over a limit, or undefined. Blockquote depth is the `>` markers of one line. */
export function findShapeProblem(text: string, limits: ShapeLimits): ShapeProblem | undefined {
  const open: number[] = [];
  // Stryker disable next-line ArrayDeclaration: a stray first entry is popped only by a `]` without a `[`, and its size is NaN, never over a limit
  let brackets: number[] = []; // positions of the unclosed `[` in the current paragraph
  const endOf = lineEnds(text);
  // Stryker disable next-line EqualityOperator: the empty line after a final line ending has no markers, length or links to report
  for (let start = 0, line = 1; start <= text.length; line += 1) {
    const end = endOf(start);
    // Nesting first: a line of 20,000 `>` is better described by its depth than by its length.
    const { content, found } = readContainers(text, [start, end], open, limits);
    if (found) return { ...found, line };
    if (end - start > limits.lineChars) return { kind: 'line', line, size: end - start };
    // A line with nothing after its markers ends the paragraph, and any link text in it.
    // Stryker disable next-line ArrayDeclaration: a stray first entry is popped only by a `]` without a `[`, and its size is NaN, never over a limit
    if (content === end) brackets = [];
    const link = readBrackets(text, [content, end], brackets, limits.linkTextChars);
    if (link) return { kind: 'link-text', line: lineOf(text, link.opened), size: link.size };
    start = end + (text.charCodeAt(end) === CR && text.charCodeAt(end + 1) === LF ? 2 : 1);
  }
  return undefined;
}
