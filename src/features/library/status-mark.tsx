import type { ReactElement } from 'react';
import { STATUS_LABELS, type ReadingStatus } from '../../lib/reading-status';

// Each status has its own shape as well as its colour, so it reads without colour vision too:
// an empty ring, a ring with a dot, a half-filled ring, a filled disc with a check.
const SHAPES: Readonly<Record<ReadingStatus, ReactElement>> = {
  unread: <circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" strokeWidth="1.5" />,
  'to-read': (
    <>
      <circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <circle cx="8" cy="8" r="2.5" fill="currentColor" />
    </>
  ),
  reading: (
    <>
      <circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <path d="M8 2a6 6 0 0 1 0 12z" fill="currentColor" />
    </>
  ),
  read: (
    <>
      <circle cx="8" cy="8" r="7" fill="currentColor" />
      <path
        d="M4.8 8.2l2.2 2.2 4.2-4.6"
        className="status-mark__check"
        fill="none"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </>
  ),
};

/** A paper's status at a glance: an icon in the status's colour, and its name for screen readers. */
export function StatusMark({ status }: { status: ReadingStatus }) {
  return (
    <span className="status-mark" data-status={status}>
      <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
        {SHAPES[status]}
      </svg>
      <span className="visually-hidden">{STATUS_LABELS[status]}</span>
    </span>
  );
}
