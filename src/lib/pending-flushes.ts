type Flush = () => void;

const flushes = new Set<Flush>();

/**
 * Editors with unsaved input (the notes autosave) register here, so that anything about to
 * reload the page (an app update, a database upgrade in another tab) can save their input first.
 */
export function registerFlush(flush: Flush): () => void {
  flushes.add(flush);
  return () => {
    flushes.delete(flush);
  };
}

export function flushPendingInput(): void {
  for (const flush of flushes) flush();
}
