import { authorsText } from '../paper-authors';
import { STATUS_LABELS } from '../reading-status';
import { continuesList, embedNote } from './embed-note';
import { escapeInline } from './escape-inline';
import type { ExportInput, ExportPaper } from './export-input';
import { exportTags, isoDay } from './export-input';

const otherPapers = 'Other papers';

/** An autolink for the URL; characters that would end `<…>` early are percent-encoded. */
function autolink(url: string): string {
  const safe = url.trim().replace(/[\s<>]/g, (character) => encodeURIComponent(character));
  return `<${safe}>`;
}

function metadata(entry: ExportPaper): string[] {
  const { paper, state } = entry;
  const lines: string[] = [];
  if (paper.url.trim() !== '') lines.push(`- Link: ${autolink(paper.url)}`);
  const authors = authorsText(paper.authors);
  if (authors !== '') lines.push(`- Authors: ${escapeInline(authors)}`);
  const venue = [paper.venue, paper.year].filter((part) => part !== undefined).join(' ');
  if (venue !== '') lines.push(`- ${paper.venue ? 'Venue' : 'Year'}: ${escapeInline(venue)}`);
  lines.push(`- Status: ${STATUS_LABELS[state?.status ?? 'unread']}`);
  if (state?.startedAt !== undefined) lines.push(`- Started: ${isoDay(state.startedAt)}`);
  if (state?.finishedAt !== undefined) lines.push(`- Finished: ${isoDay(state.finishedAt)}`);
  const tags = exportTags(entry, 'hyphenated');
  if (tags.length > 0)
    lines.push(`- Tags: ${tags.map((tag) => `#${escapeInline(tag)}`).join(' ')}`);
  return lines;
}

function paperBlock(entry: ExportPaper): string {
  const parts = [
    `### ${escapeInline(entry.paper.title) || 'Untitled'}`,
    metadata(entry).join('\n'),
  ];
  const note = entry.state?.note ?? '';
  if (note.trim() !== '') {
    // An indented first line or a list item would otherwise join the metadata list.
    if (continuesList(note)) parts.push('<!-- note -->');
    parts.push(embedNote(note));
  }
  return parts.join('\n\n');
}

function groupBySection(papers: ExportPaper[]): Map<string, ExportPaper[]> {
  const groups = new Map<string, ExportPaper[]>();
  for (const entry of papers) {
    const title = entry.sectionTitles[0]?.trim() || otherPapers;
    const group = groups.get(title);
    if (group) group.push(entry);
    else groups.set(title, [entry]);
  }
  return groups;
}

/**
 * One Markdown document for the list: `#` list title, `##` sections (each paper under its first
 * section, in order of first appearance), `###` papers with a metadata list and the note, whose
 * own headings are demoted to level 4 and below.
 */
export function exportMarkdownDocument(input: ExportInput): string {
  const count = input.papers.length;
  const blocks = [
    `# ${escapeInline(input.listTitle) || 'Reading list'}`,
    `Exported from Readmark on ${isoDay(input.exportedAt)}: ${count} ${count === 1 ? 'paper' : 'papers'}.`,
  ];
  for (const [section, entries] of groupBySection(input.papers)) {
    blocks.push(`## ${escapeInline(section)}`, ...entries.map(paperBlock));
  }
  return `${blocks.join('\n\n')}\n`;
}
