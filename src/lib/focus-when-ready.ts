/**
 * Focuses the element a selector finds, waiting a few frames for it when it is not rendered
 * yet (a lazily loaded page, a row the virtual list draws once scrolled to it).
 */
export function focusWhenReady(selector: string, tries = 60): void {
  const element = document.querySelector<HTMLElement>(selector);
  if (element) element.focus();
  else if (tries > 0) requestAnimationFrame(() => focusWhenReady(selector, tries - 1));
}
