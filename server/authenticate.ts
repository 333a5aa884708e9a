// Who may open which document: a connection's token must be valid and name the user whose
// library it asks for. This runs before Hocuspocus loads anything, so a refused client never
// causes a read of the database.
import type { Extension } from '@hocuspocus/server';
import { libraryDocumentName } from '../src/lib/sync/document-name';
import { addressOf, quoted } from './log';
import type { Log } from './log';
import { verifyToken } from './tokens';
import type { RefusalReason } from './tokens';

export function authenticationExtension(
  secret: string,
  log: Log,
  refused: (reason: string) => void,
): Extension {
  return {
    extensionName: 'readmark-authentication',
    async onAuthenticate({ token, documentName, request }) {
      const check = await verifyToken(secret, token);
      const reason: RefusalReason | null =
        'refused' in check
          ? check.refused
          : documentName === libraryDocumentName(check.user)
            ? null
            : 'the token is for another user';
      if (reason === null) return;
      // Never log the token itself: it is a password for the library.
      log(`refused ${quoted(documentName)} to ${addressOf(request)}: ${reason}`);
      refused(reason);
      // Hocuspocus sends the thrown value's `reason` to the client, whose provider passes it to
      // onAuthenticationFailed({ reason }) (ClientConnection.handleQueueingMessage,
      // writePermissionDenied). A plain object, not an Error: Hocuspocus prints any error's
      // message to stderr, and the line above already says it.
      throw { reason };
    },
  };
}
