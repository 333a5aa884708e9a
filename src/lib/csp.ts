/**
 * The Content-Security-Policy of the built app. No inline script may run, nothing is loaded from
 * another origin, and no plugin content. The meta tag cannot carry frame-ancestors; hosts should
 * send CONTENT_SECURITY_POLICY_HEADER as a header (see the README).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "connect-src 'self'",
].join('; ');

export const CONTENT_SECURITY_POLICY_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;
