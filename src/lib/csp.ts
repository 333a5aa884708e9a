// The one inline script, which runs before the first paint (src/app/first-screen/boot-script.ts);
// a test keeps this hash in step with it.
export const BOOT_SCRIPT_HASH = "'sha256-lnPv8j+w5nR/w0FMB2AiWjBQRLAQvS+VPeKSWn/FRmI='";

/**
 * The Content-Security-Policy of the built app. No inline script runs but the boot script,
 * nothing is loaded from another origin, and no plugin content. The meta tag cannot carry frame-ancestors; hosts should
 * send CONTENT_SECURITY_POLICY_HEADER as a header (see the README).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' ${BOOT_SCRIPT_HASH}`,
  "object-src 'none'",
  "base-uri 'self'",
  // A sync server is wherever its owner runs it: any ws(s) address, only when sync is on.
  "connect-src 'self' ws: wss:",
].join('; ');

export const CONTENT_SECURITY_POLICY_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;
