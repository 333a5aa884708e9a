export type ReadingStatus = 'unread' | 'to-read' | 'reading' | 'read';

export const READING_STATUSES: readonly ReadingStatus[] = ['unread', 'to-read', 'reading', 'read'];

/** The names users see (and screen readers announce): part of the interface contract. */
export const STATUS_LABELS: Readonly<Record<ReadingStatus, string>> = {
  unread: 'Unread',
  'to-read': 'To read',
  reading: 'Reading',
  read: 'Read',
};

export function isReadingStatus(value: string): value is ReadingStatus {
  return (READING_STATUSES as readonly string[]).includes(value);
}
