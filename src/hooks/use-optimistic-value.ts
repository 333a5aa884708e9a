import { useCallback, useState } from 'react';

/**
 * Shows a chosen value at once while its write is on the way, then whatever the database says.
 * A failed write drops the optimistic value, so the screen never claims what was not saved.
 */
export function useOptimisticValue<T>(
  stored: T,
  write: (value: T) => Promise<unknown>,
): readonly [T, (value: T) => void] {
  const [pending, setPending] = useState<{ value: T; over: T } | null>(null);
  // Once the stored value moves on (the write landed, or another tab wrote), it wins, and for
  // good: were it to come back to what it was (Undo on another device), the old choice stays gone.
  const current = pending !== null && Object.is(pending.over, stored);
  if (pending !== null && !current) setPending(null);
  const value = current ? pending.value : stored;

  const set = useCallback(
    (next: T) => {
      setPending({ value: next, over: stored });
      write(next).catch((error: unknown) => {
        setPending(null);
        console.error(error);
      });
    },
    [stored, write],
  );

  return [value, set] as const;
}
