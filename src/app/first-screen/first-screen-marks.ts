// Shared by the build (which writes the static copy of the list into index.html), the boot
// script (which hides it for returning visitors) and the app (which removes it).
export const FIRST_SCREEN_ID = 'first-screen';
export const FIRST_SCREEN_HIDDEN_CLASS = 'no-first-screen';
export const VISITED_KEY = 'readmark.visited';
// Enough papers to fill a tall desktop screen; the rest of the list is the app's to show.
export const FIRST_SCREEN_PAPERS = 12;
