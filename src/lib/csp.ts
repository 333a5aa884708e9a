// The one inline script, which runs before the first paint (src/app/first-screen/boot-script.ts);
// a test keeps this hash in step with it.
export const BOOT_SCRIPT_HASH = "'sha256-xHnV/m1tl/7gMfz6KHodYuhmOPCtkWVk4fvwOeYDCBA='";

/**
 * The other origins the app may fetch from: a list followed by its GitHub address (raw file
 * host), and a paper's details looked up by its arXiv id or DOI.
 */
export const CONNECT_HOSTS = [
  'https://raw.githubusercontent.com',
  'https://export.arxiv.org',
  'https://api.crossref.org',
] as const;

/**
 * The Content-Security-Policy of the built app. No inline script runs but the boot script,
 * nothing is loaded from another origin (only fetched from the hosts in CONNECT_HOSTS), and no
 * plugin content. The meta tag cannot carry frame-ancestors; hosts should
 * send CONTENT_SECURITY_POLICY_HEADER as a header (see the README).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' ${BOOT_SCRIPT_HASH}`,
  "object-src 'none'",
  "base-uri 'self'",
  // A sync server is wherever its owner runs it: any ws(s) address, only when sync is on.
  `connect-src 'self' ${CONNECT_HOSTS.join(' ')} ws: wss:`,
].join('; ');

export const CONTENT_SECURITY_POLICY_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;
