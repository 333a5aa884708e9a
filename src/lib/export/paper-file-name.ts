// 80 UTF-16 units are at most 240 UTF-8 bytes, under the 255-byte name limit of common disks.
const maxBaseLength = 80;
// Windows refuses these names whatever follows the first dot; it counts superscript digits as
// digits.
const reserved = /^(con|prn|aux|nul|com[1-9¹²³]|lpt[1-9¹²³])(?=\s*(\.|$))/i;
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const printableAscii = /^[\x20-\x7e]*$/;

/** Cut on grapheme boundaries, so neither a surrogate pair nor a letter and its accent split. */
export function cutGraphemes(text: string, max: number): string {
  if (text.length <= max) return text.replace(/-+$/, '');
  // Printable ASCII is a grapheme per character (only CR LF joins), and segmenting is slow.
  if (printableAscii.test(text.slice(0, max + 1))) return text.slice(0, max).replace(/-+$/, '');
  let result = '';
  // A boundary depends on what precedes it and on the one code point after it, so segmenting
  // two code units past the limit finds the same graphemes up to the cut as segmenting it all.
  for (const { segment } of graphemes.segment(text.slice(0, max + 2))) {
    if (result.length + segment.length > max) break;
    result += segment;
  }
  return result.replace(/-+$/, '');
}

// What no name may end with: Windows drops trailing dots and spaces, and a dash or comma left by
// a cut reads as half a title.
const ragged = /[\s.,;:\-–—]+$/u;

/**
 * At most `max` units, cut after the last whole word that fits; a title of one long word (or
 * of scripts written without spaces) is cut between graphemes instead.
 */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const space = text.lastIndexOf(' ', max);
  const cut = space > max / 3 ? text.slice(0, space) : cutGraphemes(text, max);
  return cut.replace(ragged, '');
}

// Refused by Windows (`\ / : * ? " < >` and `|`), or read by Obsidian as link syntax (`# ^ [ ]`).
const unsafe = /[\\/*?"<>|#^[\]]/g;
// Control and invisible formatting characters (bidi overrides could disguise a name), and lone
// surrogates; the joiners that build emoji and some scripts stay.
const invisible = /[\p{Cc}\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u206f\ufeff]|\p{Cs}/gu;

/**
 * The title as a file name Obsidian shows as the note's title: its words and case as written,
 * `: ` as ` - `, without what Windows, macOS, Linux or an Obsidian link cannot hold, with no
 * leading dot or dash (a hidden file, an option to a shell command).
 */
export function titleFileBase(title: string): string {
  const written = title
    .normalize('NFC')
    .replace(invisible, ' ')
    .replace(/\s*:+\s*/g, ' - ')
    .replace(unsafe, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.\-–—]+/u, '')
    .replace(ragged, '')
    .normalize('NFC');
  return cutAtWord(written.replace(reserved, '$1 paper'), maxBaseLength) || 'Untitled';
}

// Case-insensitive disks (Windows, macOS) treat names equal after case folding as the same file.
const fold = (name: string) => name.toLowerCase().toUpperCase();
const foldedCache = new WeakMap<Set<string>, { size: number; keys: Set<string> }>();

function foldedKeys(taken: Set<string>): Set<string> {
  const cached = foldedCache.get(taken);
  if (cached && cached.size === taken.size) return cached.keys;
  const keys = new Set([...taken].map(fold));
  foldedCache.set(taken, { size: taken.size, keys });
  return keys;
}

/**
 * A file name for a paper, safe on Windows, macOS and Linux, readable in Obsidian and unique in
 * `taken` (case-insensitively): the title as written, at most 80 characters cut after a whole
 * word, then `.md`; repeats end ` 2`, ` 3`, …. Adds the name to `taken`.
 */
export function safeFileName(title: string, taken: Set<string>): string {
  const base = titleFileBase(title);
  const keys = foldedKeys(taken);
  let name = `${base}.md`;
  for (let n = 2; keys.has(fold(name)); n += 1) {
    const suffix = ` ${n}`;
    name = `${cutAtWord(base, maxBaseLength - suffix.length)}${suffix}.md`;
  }
  taken.add(name);
  keys.add(fold(name));
  foldedCache.set(taken, { size: taken.size, keys });
  return name;
}
