/**
 * The user a sync token names (its `sub`), read without checking the signature: only the
 * server can check it, and it does before opening anything. Null when it is not a token.
 */
export function tokenUser(token: string): string | null {
  // Stryker disable next-line MethodExpression: a token has three parts (an unsigned one ends in '.'), so whitespace around it reaches only the first and the last, never the payload
  const payload = token.trim().split('.')[1];
  // Stryker disable next-line ConditionalExpression: without a payload, payload.replace below throws inside the try, and its catch gives the same null
  if (payload === undefined) return null;
  try {
    const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
    // Stryker disable next-line ArithmeticOperator,StringLiteral: atob decodes unpadded base64 too (forgiving-base64 in browsers, Node and jsdom), so less or no padding gives the same bytes
    const json: unknown = JSON.parse(atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '=')));
    // Stryker disable next-line ConditionalExpression,LogicalOperator: Reflect.get throws a TypeError on null or any other non-object, and the catch below gives the same null
    const sub = typeof json === 'object' && json !== null ? Reflect.get(json, 'sub') : undefined;
    return typeof sub === 'string' && sub !== '' ? sub : null;
  } catch {
    return null;
  }
}

/** A `#sync=<address>,<token>` link, as the server's token command prints it. */
export function parseSyncLink(hash: string): { server: string; token: string } | null {
  const match = /^#sync=([^,]+),(.+)$/.exec(hash);
  if (!match?.[1] || !match[2]) return null;
  const server = decodeURIComponent(match[1]);
  return isSyncAddress(server) ? { server, token: decodeURIComponent(match[2]) } : null;
}

export function isSyncAddress(address: string): boolean {
  try {
    const url = new URL(address);
    if (url.protocol !== 'ws:' && url.protocol !== 'wss:') return false;
    // Stryker disable next-line StringLiteral: ws: and wss: are special schemes, which the URL parser refuses without a host (new URL('ws://') throws), so the host is never ''
    return url.host !== '';
  } catch {
    return false;
  }
}
