// The server's log: one plain line per event on stdout, each starting with an ISO time, so an
// operator can read it as it scrolls and grep it afterwards.

export type Log = (message: string) => void;

export function stdoutLog(message: string): void {
  process.stdout.write(`${new Date().toISOString()} ${message}\n`);
}

/** Text a client chose (a document name) in quotes, short and on one line, so it cannot forge log lines. */
export function quoted(text: string): string {
  const short = text.length > 80 ? `${text.slice(0, 80)}…` : text;
  return JSON.stringify(short);
}

/** Where a request came from, for refusal and connection lines. */
export function addressOf(request: { socket: { remoteAddress?: string | undefined } }): string {
  return request.socket.remoteAddress ?? 'an unknown address';
}

export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
