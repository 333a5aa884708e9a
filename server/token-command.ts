// `token <user>`: signs a token and says how to hand it to the app. The token stands alone on
// the last line, so scripts can take it with `tail -n 1`.
import type { TokenCommand } from './options';
import type { Secret } from './secret';
import { signToken } from './tokens';

export async function tokenOutput(command: TokenCommand, secret: Secret): Promise<string[]> {
  const now = new Date();
  const token = await signToken(secret.value, command.user, {
    expiresInSeconds: command.expiresInSeconds,
    now,
  });
  const expiry =
    command.expiresInSeconds === undefined
      ? 'it never expires'
      : `it expires ${new Date(now.getTime() + command.expiresInSeconds * 1000).toISOString()}`;
  return [
    `To sync ${command.user}'s library, open the app's address followed by #sync=${command.serverUrl},${token} (${expiry}; signed with the secret from ${secret.source}). The token:`,
    token,
  ];
}
