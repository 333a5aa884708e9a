// Shared by the build (which writes the static copy of the list into index.html), the app (which
// removes it) and public/first-screen.js (which hides it for returning visitors; it spells both
// names itself, as it runs before any module).
export const FIRST_SCREEN_ID = 'first-screen';
export const VISITED_KEY = 'readmark.visited';
