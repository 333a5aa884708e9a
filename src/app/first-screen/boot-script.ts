import { THEME_KEY } from '../../hooks/theme-key';
import {
  FIRST_SCREEN_HIDDEN_CLASS,
  LAST_SCREEN_ID,
  LAST_SCREEN_KEY,
  PICTURE_STYLE_ATTRIBUTE,
  VISITED_KEY,
} from './first-screen-marks';

/**
 * Inlined into index.html's <head> at build time (its hash is in the Content-Security-Policy,
 * see src/lib/csp.ts), so it runs before the first paint without a request of its own.
 *
 * The static copy of the list is for a first visit to the list itself. A returning visitor gets
 * the picture of their own first screen that the app kept (src/app/first-screen/last-screen.tsx),
 * put in as soon as the page's body is parsed, before the app's code runs; with none kept, and at
 * any other address, the app's loading screen. The theme chosen in the app applies from the first
 * paint. The list's download would compete with the first screen's own files for the first
 * paint, so on a first visit it starts right after that paint; otherwise at once.
 */
export const BOOT_SCRIPT = `(() => {
  const root = document.documentElement;
  const atList = location.pathname === '/' && location.search === '';
  let visited = true;
  let picture = null;
  try {
    visited = localStorage.getItem('${VISITED_KEY}') !== null;
    if (atList && visited) picture = localStorage.getItem('${LAST_SCREEN_KEY}');
    const theme = localStorage.getItem('${THEME_KEY}');
    if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
  } catch {}
  const firstVisit = atList && !visited;
  if (!firstVisit) root.classList.add('${FIRST_SCREEN_HIDDEN_CLASS}');
  if (picture) document.addEventListener('readystatechange', () => {
    const app = document.getElementById('root');
    if (!app) return;
    const screen = document.createElement('div');
    screen.id = '${LAST_SCREEN_ID}';
    screen.className = 'last-screen';
    screen.inert = true;
    screen.setAttribute('aria-hidden', 'true');
    screen.innerHTML = picture;
    for (const element of screen.querySelectorAll('[${PICTURE_STYLE_ATTRIBUTE}]')) {
      element.style.cssText = element.getAttribute('${PICTURE_STYLE_ATTRIBUTE}');
    }
    app.before(screen);
  }, { once: true });
  const preload = () => {
    const link = document.createElement('link');
    for (const [name, value] of [['rel', 'preload'], ['as', 'fetch'], ['crossorigin', 'anonymous'],
      ['fetchpriority', 'high'], ['href', '/catalogue.json']]) link.setAttribute(name, value);
    document.head.append(link);
  };
  if (firstVisit) requestAnimationFrame(() => setTimeout(preload));
  else preload();
})();`;
