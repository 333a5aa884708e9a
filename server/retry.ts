// Waiting out a database that is away for a moment (a restart, a fail-over): an operation that
// failed for want of a connection is tried again with a growing pause, until it succeeds or its
// time is up. Errors about the data itself are not retried: they would fail the same way again.

export type RetryOptions = {
  /** How long to keep trying after the first failure. */
  forMs: number;
  /** Told of each failed attempt that will be retried. */
  onRetry: (error: unknown) => void;
};

const FIRST_PAUSE_MS = 50;
const LONGEST_PAUSE_MS = 1000;

// Connection errors from Node, and PostgreSQL's SQLSTATEs for "no connection" (class 08),
// "the server is shutting down or starting" (57P01-57P03) and "too many connections" (53300).
const TRANSIENT_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', '53300']);
const TRANSIENT_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|the database system is (starting up|shutting down)/;

export function isTransient(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string') {
    if (TRANSIENT_CODES.has(code) || code.startsWith('08') || /^57P0[123]$/.test(code)) return true;
  }
  return typeof message === 'string' && TRANSIENT_MESSAGES.test(message);
}

export async function retrying<T>(operation: () => Promise<T>, options: RetryOptions): Promise<T> {
  const start = Date.now();
  let pause = FIRST_PAUSE_MS;
  for (;;) {
    try {
      return await operation();
    } catch (error) {
      if (!isTransient(error) || Date.now() - start + pause > options.forMs) throw error;
      options.onRetry(error);
      await new Promise((resolve) => setTimeout(resolve, pause));
      pause = Math.min(pause * 2, LONGEST_PAUSE_MS);
    }
  }
}
