/**
 * Resolves once the browser has painted the current frame and then had a moment with nothing
 * to do (or after `timeoutMs` at most): for work that must not delay what the user sees first.
 */
export function afterPaint(timeoutMs = 300): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      // The frame after this one's callbacks is painted; past it, wait for an idle moment.
      setTimeout(() => {
        if (typeof requestIdleCallback === 'function') {
          requestIdleCallback(() => resolve(), { timeout: timeoutMs });
        } else resolve();
      }, 0);
    });
  });
}

/** Resolves after the page's load event (its script, styles and preloads are in), then paint. */
export function afterLoad(): Promise<void> {
  const loaded =
    document.readyState === 'complete'
      ? Promise.resolve()
      : new Promise<void>((resolve) =>
          // Stryker disable next-line ObjectLiteral, BooleanLiteral: a page fires load once, and resolving again does nothing; once only lets the listener go
          window.addEventListener('load', () => resolve(), { once: true }),
        );
  return loaded.then(() => afterPaint());
}
