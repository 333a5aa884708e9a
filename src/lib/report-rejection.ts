/**
 * For fire-and-forget writes from event handlers: the write path already shows "Not saved" to
 * the user; this keeps the rejection visible to developers instead of unhandled.
 */
export function reportRejection(promise: Promise<unknown>): void {
  promise.catch((error: unknown) => {
    console.error(error);
  });
}
