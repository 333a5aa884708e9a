import { useSaveState } from '../db/save-status';

/** One place that always tells the truth about the last write: never "Saved" for a failed one. */
export function SaveIndicator() {
  const { pending, lastError, lastSavedAt } = useSaveState();
  const [kind, text] =
    lastError !== null
      ? ['error', lastError.message]
      : pending > 0
        ? ['saving', 'Saving…']
        : lastSavedAt !== null
          ? ['saved', 'All changes saved']
          : ['idle', ''];
  return (
    <p
      className="save-indicator"
      data-state={kind}
      role="status"
      aria-live="polite"
      // Which change failed, for a reader who wonders (the message says why).
      title={lastError === null ? undefined : `Not saved: ${lastError.what}`}
    >
      {text}
    </p>
  );
}
