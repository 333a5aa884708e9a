// In localStorage rather than IndexedDB: it must be known synchronously before the first paint,
// or a dark-theme user would see a white flash on every start. The boot script in index.html
// reads it too (src/app/first-screen/boot-script.ts), so this module imports nothing.
export const THEME_KEY = 'readmark:theme';
