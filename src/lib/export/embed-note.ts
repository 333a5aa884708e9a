import { demoteHeadingLines } from './embed-note-lines';
import { embedNoteByParse } from './embed-note-parse';

/**
 * The note ready to sit under a paper's heading: headings demoted to level 4 and below, and a
 * code fence or HTML block the note leaves open closed after it, so it cannot swallow the papers
 * that follow. Nothing else changes. Parsing is by far the slowest part of an export, so notes a
 * line scan can handle exactly skip it.
 */
export function embedNote(note: string): string {
  return demoteHeadingLines(note) ?? embedNoteByParse(note);
}

/**
 * True when the note's first line would continue the metadata list above it (an indented line
 * or a list item), so the document puts an invisible separator in between.
 */
export function continuesList(note: string): boolean {
  // Stryker disable next-line OptionalChaining,StringLiteral: every part of the pattern may match nothing, so exec always matches and group 1 is always a string; the `?.` and `?? ''` are never taken
  const firstLine = /^(?:[ \t]*(?:\r\n|\r|\n))*([^\r\n]*)/.exec(note)?.[1] ?? '';
  return /^(?:[ \t]|[-*+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$))/.test(firstLine);
}
