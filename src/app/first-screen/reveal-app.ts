import { FIRST_SCREEN_ID, LAST_SCREEN_ID, VISITED_KEY } from './first-screen-marks';

/**
 * Called once the app shows a page of its own: removes the static copy of the list that a first
 * visit painted over it (or the picture of their own list a returning visitor saw), and
 * remembers the visit, so that from now on the app's own state (the statuses, the list chosen)
 * is all the visitor sees.
 */
export function revealApp(): void {
  document.getElementById(FIRST_SCREEN_ID)?.remove();
  document.getElementById(LAST_SCREEN_ID)?.remove();
  try {
    localStorage.setItem(VISITED_KEY, '1');
  } catch {
    // Storage refused (a locked-down profile): the copy shows again on the next visit, briefly.
  }
}
