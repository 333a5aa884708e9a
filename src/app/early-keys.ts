/**
 * Keys pressed before the shortcuts have loaded (they load just after the list shows): kept,
 * then handed to the shortcuts when they arrive, so a quick "?" or "/" is never lost.
 */
const early: KeyboardEvent[] = [];
const keep = (event: KeyboardEvent) => early.push(event);

export function keepEarlyKeys(): void {
  document.addEventListener('keydown', keep);
}

export function takeEarlyKeys(): KeyboardEvent[] {
  document.removeEventListener('keydown', keep);
  return early.splice(0);
}
