// Shared by the build (which writes the static copy of the list into index.html), the boot
// script (which hides it for returning visitors) and the app (which removes it).
export const FIRST_SCREEN_ID = 'first-screen';
export const FIRST_SCREEN_HIDDEN_CLASS = 'no-first-screen';
export const VISITED_KEY = 'readmark.visited';
// Enough papers to fill a tall desktop screen; the rest of the list is the app's to show.
export const FIRST_SCREEN_PAPERS = 12;
// A returning visitor's own first screen (their list, statuses and counts), kept by the app and
// painted by the boot script until the app shows the real page.
export const LAST_SCREEN_ID = 'last-screen';
export const LAST_SCREEN_KEY = 'readmark.last-screen';
// The picture carries no inline styles (the Content-Security-Policy refuses them in markup): the
// boot script applies what this attribute holds through the style object, which it allows.
export const PICTURE_STYLE_ATTRIBUTE = 'data-picture-style';
