// Characters that can start Markdown (CommonMark, GFM, Obsidian) syntax somewhere; text without
// any, and with no whitespace to collapse or trim, is returned as it is.
const maybeSyntax = /[\\`*_[\]<#~&$]|\s\s|[^\S ]|^\s|\s$/;
const asciiPunctuation = /[!-/:-@[-`{-~]/;
const wordCharacter = /[\p{L}\p{N}]/u;
// `&amp;`, `&#38;`, `&#x26;`: only these turn `&` into something else.
const entity = /^&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{1,31});/;
// An HTML tag, comment or autolink opens with `<` and one of these.
const tagStart = /[A-Za-z/!?]/;

/** True when the character at `index` would be read as syntax, so it needs a backslash. */
function needsBackslash(text: string, index: number): boolean {
  const character = text.charAt(index);
  const before = text.charAt(index - 1);
  const after = text.charAt(index + 1);
  switch (character) {
    case '\\':
      // A backslash escapes only ASCII punctuation; before anything else it is a backslash.
      return asciiPunctuation.test(after);
    case '_':
      // Inside a word (`snake_case`) an underscore can neither open nor close emphasis.
      return !(wordCharacter.test(before) && wordCharacter.test(after));
    case '<':
      return tagStart.test(after);
    case '&':
      return entity.test(text.slice(index, index + 40));
    case '#':
      // `#tag` is a tag to Obsidian and Logseq; a last `#` run after a space closes a heading.
      return (before === '' || before === ' ') && (after !== ' ' || /^#*$/.test(text.slice(index)));
    case '$':
      // Obsidian reads math between two dollars; one dollar (`$5`) is plain.
      return text.indexOf('$') !== text.lastIndexOf('$');
    default:
      // Code spans, emphasis, links, strikethrough: escaped wherever they appear.
      return (
        character === '`' ||
        character === '*' ||
        character === '[' ||
        character === ']' ||
        character === '~'
      );
  }
}

/**
 * Inline text (a heading, a list item) that reads as the same text: only characters that would
 * open a code span, emphasis, link, HTML tag, entity, tag or math, or close the ATX heading it
 * sits in, are escaped, so `Bugs & Challenges` stays as it is. Newlines collapse because a
 * heading is one line.
 */
export function escapeInline(text: string): string {
  if (!maybeSyntax.test(text)) return text;
  const collapsed = text.replace(/\s+/g, ' ').trim();
  let result = '';
  for (let index = 0; index < collapsed.length; index++) {
    const character = collapsed.charAt(index);
    result += needsBackslash(collapsed, index) ? `\\${character}` : character;
  }
  return result;
}
