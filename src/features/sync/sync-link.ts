import { parseSyncLink } from '../../lib/sync/token-user';

/**
 * A `#sync=<address>,<token>` link from the server's token command (main.tsx has already moved
 * it to Settings), taken once: the token leaves the address bar at once, so it does not stay in
 * the history.
 */
export function takeSyncLink(): { server: string; token: string } | null {
  const link = parseSyncLink(window.location.hash);
  if (link) {
    history.replaceState(history.state, '', window.location.pathname + window.location.search);
  }
  return link;
}
