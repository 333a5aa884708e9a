/** App-internal URLs. Paper ids contain ':' and '/', so they are always encoded in a path. */
export function paperPath(id: string, search = ''): string {
  return `/paper/${encodeURIComponent(id)}${search ? `?${search}` : ''}`;
}

export function listPath(search = ''): string {
  return `/${search ? `?${search}` : ''}`;
}

const PAPER_PREFIX = '/paper/';

/**
 * The paper id in a raw (still encoded) pathname. The router hands out decoded paths, which would
 * turn an id containing "%20" into one containing a space, so the raw path is read instead.
 */
export function paperIdFromPathname(rawPathname: string): string | null {
  if (!rawPathname.startsWith(PAPER_PREFIX)) return null;
  try {
    const id = decodeURIComponent(rawPathname.slice(PAPER_PREFIX.length));
    return id === '' ? null : id;
  } catch {
    return null;
  }
}
