import { strToU8, zipSync } from 'fflate';
import type { Zippable } from 'fflate';
import { splitAuthors } from '../paper-authors';
import type { ExportInput, ExportPaper } from './export-input';
import { exportTags, isoDay, slugWords } from './export-input';
import type { FrontMatterValue } from './front-matter';
import { frontMatterYaml } from './front-matter';

export type ExportFile = { name: string; content: string };

// 80 UTF-16 units are at most 240 UTF-8 bytes, under the 255-byte name limit of common disks.
const maxBaseLength = 80;
// Windows refuses these names whatever the extension; it counts superscript digits as digits.
const reserved = /^(con|prn|aux|nul|com[1-9¹²³]|lpt[1-9¹²³])$/i;
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
 * A file name for a paper that is safe on Windows, macOS and Linux and unique in `taken`
 * (case-insensitively): the title's words, lower-case, joined by `-`, at most 80 characters
 * before `.md`, suffixed `-2`, `-3`, … on repeats. Adds the name to `taken`.
 */
export function safeFileName(title: string, taken: Set<string>): string {
  let base = cutGraphemes(slugWords(title), maxBaseLength) || 'untitled';
  if (reserved.test(base)) base = `${base}-paper`;
  const keys = foldedKeys(taken);
  let name = `${base}.md`;
  for (let n = 2; keys.has(fold(name)); n += 1) {
    const suffix = `-${n}`;
    name = `${cutGraphemes(base, maxBaseLength - suffix.length)}${suffix}.md`;
  }
  taken.add(name);
  keys.add(fold(name));
  foldedCache.set(taken, { size: taken.size, keys });
  return name;
}

function frontMatter(entry: ExportPaper): string {
  const { paper, state } = entry;
  // In this order; undefined values are left out.
  const fields: [string, FrontMatterValue | undefined][] = [
    ['id', paper.id],
    ['title', paper.title],
    // The list as written, "et al." last when the list abbreviates it: a reader sees the same.
    ['authors', splitAuthors(paper.authors).names.length > 0 ? paper.authors : undefined],
    ['url', paper.url || undefined],
    ['venue', paper.venue],
    ['year', paper.year],
    ['status', state?.status ?? 'unread'],
    ['started', state?.startedAt === undefined ? undefined : isoDay(state.startedAt)],
    ['finished', state?.finishedAt === undefined ? undefined : isoDay(state.finishedAt)],
    ['tags', exportTags(entry)],
    ['sections', entry.sectionTitles],
  ];
  // Written as the `yaml` library writes it with lineWidth 0: no folding, so each value is one
  // scalar a person can read and edit.
  return frontMatterYaml(
    fields.filter((field): field is [string, FrontMatterValue] => field[1] !== undefined),
  );
}

/** One Markdown file per paper: YAML front matter (Obsidian-style), then the note as written. */
export function exportMarkdownFiles(input: ExportInput): ExportFile[] {
  const taken = new Set<string>();
  return input.papers.map((entry) => ({
    name: safeFileName(entry.paper.title, taken),
    content: `---\n${frontMatter(entry)}---\n\n${entry.state?.note ?? ''}`,
  }));
}

export type ZipOptions = { folder?: string; mtime?: Date };

/**
 * A zip of the files (names UTF-8), optionally inside one folder whose name is reduced to a
 * safe slug. Names must be unique, as `exportMarkdownFiles` makes them: a repeat would silently
 * replace a file, so it throws instead (a programming error, never a user's).
 */
export function zipMarkdownFiles(files: ExportFile[], options: ZipOptions = {}): Uint8Array {
  const folder = options.folder === undefined ? '' : `${slugWords(options.folder) || 'readmark'}/`;
  const entries: Zippable = Object.create(null) as Zippable;
  for (const file of files) {
    const path = `${folder}${file.name}`;
    // fflate copies entries into a plain object, where this name would set the prototype.
    if (path === '__proto__' || path in entries)
      throw new Error(`Cannot zip two files named "${path}", nor one named "__proto__".`);
    entries[path] = strToU8(file.content);
  }
  return zipSync(entries, { level: 6, mtime: options.mtime ?? new Date() });
}
