export type UrlResolution =
  { kind: 'ok'; url: string } | { kind: 'anchor' } | { kind: 'rejected'; reason: string };

const schemePattern = /^\s*([a-z][a-z0-9+.-]*):/i;

/** Only http(s) survives: anything else could run script or open local files when clicked. */
export function resolveHttpUrl(raw: string, sourceUrl: string | undefined): UrlResolution {
  const trimmed = raw.trim();
  if (trimmed.startsWith('#')) return { kind: 'anchor' };
  // Stryker disable next-line OptionalChaining: group 1 takes part in every match, so after a match `[1]` is always a string; this also covers the `?.` after `exec`, which tests do catch (a relative link has no match)
  const scheme = schemePattern.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') {
    return { kind: 'rejected', reason: `link is not http(s) (${scheme}:)` };
  }
  if (trimmed === '') return { kind: 'rejected', reason: 'link has no URL' };
  if (scheme === undefined && sourceUrl === undefined) {
    return { kind: 'rejected', reason: 'relative link needs a source URL' };
  }
  let parsed: URL;
  try {
    parsed = scheme === undefined ? new URL(trimmed, sourceUrl) : new URL(trimmed);
  } catch {
    return { kind: 'rejected', reason: 'link is not a valid URL' };
  }
  // Checked again after parsing: the URL parser strips tabs and control characters, which can
  // turn an innocent-looking relative link into `javascript:`.
  // An http(s) URL always has a host: the URL parser refuses one without.
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return { kind: 'rejected', reason: 'link is not http(s)' };
  }
  return { kind: 'ok', url: parsed.href };
}

/** The source URL, normalized, if it is a usable http(s) base for relative links. */
export function usableSourceUrl(sourceUrl: string | undefined): string | undefined {
  if (sourceUrl === undefined || !/^\s*https?:\/\//i.test(sourceUrl)) return undefined;
  const resolved = resolveHttpUrl(sourceUrl, undefined);
  return resolved.kind === 'ok' ? resolved.url : undefined;
}
