// Runs in <head>, before the page is painted. The static copy of the list in index.html is for a
// first visit to the list itself: a returning visitor (whose statuses it would not show) and an
// address other than the list get the app's own loading screen instead.
// The key is VISITED_KEY in src/app/first-screen/first-screen-marks.ts.
try {
  if (
    location.pathname !== '/' ||
    location.search !== '' ||
    localStorage.getItem('readmark.visited') !== null
  ) {
    document.documentElement.classList.add('no-first-screen');
  }
} catch {
  document.documentElement.classList.add('no-first-screen');
}
