import { hasUnjournaledWrites } from '../db/save-status';

// A write takes milliseconds, but a page closed or reloaded inside them aborts it: the browser
// is asked to confirm leaving only then. Notes are not counted (their drafts are journaled).
function confirmLeavingMidWrite(event: BeforeUnloadEvent): void {
  if (hasUnjournaledWrites()) event.preventDefault();
}

export function guardUnsavedWrites(): () => void {
  window.addEventListener('beforeunload', confirmLeavingMidWrite);
  return () => window.removeEventListener('beforeunload', confirmLeavingMidWrite);
}
