import { create } from 'zustand';

/** The words and the `data-sync-state` value the page shows; part of the interface contract. */
export type SyncPhase = 'off' | 'connecting' | 'synced' | 'pending' | 'offline' | 'refused';

type SyncStateStore = {
  phase: SyncPhase;
  // Local changes the server has not confirmed yet.
  waiting: number;
  // Why the server refused, in its words.
  reason: string;
  // Papers that came in from the account when this device joined it; null before that.
  cameIn: number | null;
  set: (next: Partial<Omit<SyncStateStore, 'set'>>) => void;
};

export const useSyncStateStore = create<SyncStateStore>((set) => ({
  phase: 'off',
  waiting: 0,
  reason: '',
  cameIn: null,
  set: (next) => set(next),
}));

export function syncStateText({
  phase,
  waiting,
  reason,
}: Pick<SyncStateStore, 'phase' | 'waiting' | 'reason'>): string {
  switch (phase) {
    case 'off':
      return 'Sync off';
    case 'connecting':
      return 'Connecting…';
    case 'synced':
      return 'Synced';
    case 'pending':
      return 'Syncing…';
    case 'offline':
      return waiting === 0
        ? 'Offline: no changes waiting'
        : `Offline: ${waiting} ${waiting === 1 ? 'change' : 'changes'} waiting`;
    case 'refused':
      return `Sync refused: ${reason}`;
  }
}
