/**
 * The deployed list's text, handed from the page's request to whoever waits for it (the search
 * worker), so the list is downloaded once. Handed over, not kept: a listener that comes later
 * gets null, as it does when the page could not load the list.
 */
type Listener = (text: string | null) => void;

let delivered = false;
const listeners = new Set<Listener>();

export function shareDefaultCatalogueText(text: string | null): void {
  if (delivered) return;
  delivered = true;
  listeners.forEach((listener) => listener(text));
  listeners.clear();
}

/** Calls `listener` once: with the text when it arrives, or with null if it came and went. */
export function onDefaultCatalogueText(listener: Listener): void {
  if (delivered) listener(null);
  else listeners.add(listener);
}
