import { FIRST_SCREEN_HIDDEN_CLASS, VISITED_KEY } from './first-screen-marks';

/**
 * Inlined into index.html's <head> at build time (its hash is in the Content-Security-Policy,
 * see src/lib/csp.ts), so it runs before the first paint without a request of its own.
 *
 * The static copy of the list is for a first visit to the list itself: a returning visitor
 * (whose statuses it would not show) and any other address get the app's loading screen instead.
 * The list's download would compete with the first screen's own files for the first paint, so on
 * a first visit it starts right after that paint; otherwise at once.
 */
export const BOOT_SCRIPT = `(() => {
  let firstVisit = false;
  try {
    firstVisit = location.pathname === '/' && location.search === '' &&
      localStorage.getItem('${VISITED_KEY}') === null;
  } catch {}
  if (!firstVisit) document.documentElement.classList.add('${FIRST_SCREEN_HIDDEN_CLASS}');
  const preload = () => {
    const link = document.createElement('link');
    for (const [name, value] of [['rel', 'preload'], ['as', 'fetch'], ['crossorigin', 'anonymous'],
      ['fetchpriority', 'high'], ['href', '/catalogue.json']]) link.setAttribute(name, value);
    document.head.append(link);
  };
  if (firstVisit) requestAnimationFrame(() => setTimeout(preload));
  else preload();
})();`;
