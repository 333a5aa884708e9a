import { strToU8, zipSync } from 'fflate';
import type { Zippable } from 'fflate';
import { splitAuthors } from '../paper-authors';
import type { ExportInput, ExportPaper } from './export-input';
import { exportTags, isoDay, slugWords } from './export-input';
import type { FrontMatterValue } from './front-matter';
import { frontMatterYaml } from './front-matter';
import { safeFileName } from './paper-file-name';

export type ExportFile = { name: string; content: string };

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
    ['tags', exportTags(entry, 'hyphenated')],
    ['sections', entry.sectionTitles],
  ];
  // Written as the `yaml` library writes it with lineWidth 0: no folding, so each value is one
  // scalar a person can read and edit.
  return frontMatterYaml(
    fields.filter((field): field is [string, FrontMatterValue] => field[1] !== undefined),
  );
}

// Tools that read a file line by line (and POSIX) expect its last line to end.
const endWithNewline = (text: string) => (text === '' || /[\r\n]$/.test(text) ? text : `${text}\n`);

/** One Markdown file per paper: YAML front matter (Obsidian-style), then the note as written. */
export function exportMarkdownFiles(input: ExportInput): ExportFile[] {
  const taken = new Set<string>();
  return input.papers.map((entry) => ({
    name: safeFileName(entry.paper.title, taken),
    content: `---\n${frontMatter(entry)}---\n\n${endWithNewline(entry.state?.note ?? '')}`,
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
