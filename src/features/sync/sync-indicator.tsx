import { syncStateText, useSyncStateStore } from '../../stores/sync-state-store';

/** The sync state beside the save state; empty (and hidden) while sync is off. */
export function SyncIndicator() {
  const { phase, waiting, reason } = useSyncStateStore();
  return (
    // Not a live region while off, so the save state stays the header's one status.
    <p
      className="sync-indicator"
      data-sync-state={phase}
      role={phase === 'off' ? undefined : 'status'}
      aria-live="polite"
    >
      {phase === 'off' ? '' : syncStateText({ phase, waiting, reason })}
    </p>
  );
}
