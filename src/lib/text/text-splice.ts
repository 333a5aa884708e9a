/**
 * The one contiguous change that turns one text into another: `remove` characters at `at`
 * replaced by `insert`. Typing, pasting and deleting each make one such change, so comparing
 * the text before and after is enough to replay an edit elsewhere without moving anything else.
 */
export type Splice = { at: number; remove: number; insert: string };

export function spliceBetween(before: string, after: string): Splice {
  const limit = Math.min(before.length, after.length);
  let start = 0;
  while (start < limit && before.charCodeAt(start) === after.charCodeAt(start)) start += 1;
  let end = 0;
  while (
    end < limit - start &&
    before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)
  ) {
    end += 1;
  }
  // Never split a surrogate pair: an emoji is one character to the person typing it.
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start -= 1;
  if (end > 0 && isLowSurrogate(before.charCodeAt(before.length - end))) end -= 1;
  return {
    at: start,
    remove: before.length - start - end,
    insert: after.slice(start, after.length - end),
  };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

export function applySplice(text: string, { at, remove, insert }: Splice): string {
  return text.slice(0, at) + insert + text.slice(at + remove);
}

/** Where a position in the old text ends up after the splice (a caret, a selection end). */
export function mapOffset(offset: number, { at, remove, insert }: Splice): number {
  if (offset <= at) return offset;
  if (offset >= at + remove) return offset - remove + insert.length;
  return at + insert.length;
}

/**
 * `mine` and `theirs` both started from `base`: the result has both changes, as a character
 * merge would. Where both touched the same stretch, both insertions stay (mine first) and
 * everything either side deleted goes, as Yjs does with two concurrent edits.
 */
export function mergeTexts(base: string, mine: string, theirs: string): string {
  if (mine === base) return theirs;
  if (theirs === base || theirs === mine) return mine;
  const a = spliceBetween(base, mine);
  const b = spliceBetween(base, theirs);
  const aEnd = a.at + a.remove;
  const bEnd = b.at + b.remove;
  if (aEnd <= b.at) {
    return applySplice(applySplice(base, b), a);
  }
  if (bEnd <= a.at) {
    return applySplice(applySplice(base, a), b);
  }
  const start = Math.min(a.at, b.at);
  const end = Math.max(aEnd, bEnd);
  return base.slice(0, start) + a.insert + b.insert + base.slice(end);
}
