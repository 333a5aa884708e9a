import { parseSyncLink } from '../../lib/sync/token-user';

/**
 * A `#sync=<address>,<token>` link from the server's token command, taken once: the address bar
 * goes to Settings at once, without the token, so it does not stay in the history.
 */
let taken: { server: string; token: string } | null = null;

export function rememberSyncLink(): void {
  const link = parseSyncLink(window.location.hash);
  if (!link) return;
  taken = link;
  history.replaceState(history.state, '', '/settings');
}

export function takeSyncLink(): { server: string; token: string } | null {
  const link = taken;
  taken = null;
  return link;
}
