import { useEffect, useRef } from 'react';
import { keepLastScreen, type LastScreen } from './last-screen';

// Long enough that a run of status changes is pictured once, after the last of them.
export const KEEP_AFTER_MS = 2000;

/**
 * Keeps the picture of the list's first screen up to date for the next start: a while after
 * the list, the states or the lists change, and at once when the page is hidden (a tab closed,
 * the phone's app switched), which may be the last chance. Nothing while `screen` is null (the
 * states not read yet).
 */
export function useLastScreen(screen: LastScreen | null): void {
  const latest = useRef(screen);
  const kept = useRef<LastScreen | null>(null);

  useEffect(() => {
    const keepLatest = () => {
      const current = latest.current;
      if (!current || current === kept.current) return;
      kept.current = current;
      keepLastScreen(current);
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') keepLatest();
    };
    latest.current = screen;
    const timer = setTimeout(keepLatest, KEEP_AFTER_MS);
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', keepLatest);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', keepLatest);
    };
  }, [screen]);
}
