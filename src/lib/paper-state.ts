import type { ReadingStatus } from './reading-status';

export type { ReadingStatus };

// What the catalogue says about a paper at the time of a write, kept so that state for a
// paper that has left the catalogue can still be shown by name.
export type PaperSnapshot = { title: string; url: string };

export type PaperState = {
  id: string;
  title: string;
  url: string;
  status: ReadingStatus;
  statusChangedAt?: number;
  // Set when the status first becomes 'reading' (or 'read' if it never was reading); kept.
  startedAt?: number;
  // Set when the status becomes 'read'; cleared when it leaves 'read'.
  finishedAt?: number;
  note: string;
  noteUpdatedAt?: number;
  // In the order added, unique case-insensitively.
  tags: string[];
  // When the tags last changed (added in database version 2; older records fall back to updatedAt).
  tagsUpdatedAt?: number;
  createdAt: number;
  updatedAt: number;
};
