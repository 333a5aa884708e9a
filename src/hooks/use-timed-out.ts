import { useEffect, useState } from 'react';

/** True once `running` has been true for `ms` without a break; false again when it stops. */
export function useTimedOut(running: boolean, ms: number): boolean {
  const [timedOut, setTimedOut] = useState(false);
  useEffect(() => {
    if (!running) return;
    const timer = setTimeout(() => setTimedOut(true), ms);
    return () => {
      clearTimeout(timer);
      setTimedOut(false);
    };
  }, [running, ms]);
  return timedOut;
}
