/**
 * The user a sync token names (its `sub`), read without checking the signature: only the
 * server can check it, and it does before opening anything. Null when it is not a token.
 */
export function tokenUser(token: string): string | null {
  const payload = token.trim().split('.')[1];
  if (payload === undefined) return null;
  try {
    const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
    const json: unknown = JSON.parse(atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '=')));
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
    return (url.protocol === 'ws:' || url.protocol === 'wss:') && url.host !== '';
  } catch {
    return false;
  }
}
