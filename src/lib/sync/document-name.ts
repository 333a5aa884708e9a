// The name of a user's replicated library on the sync server. The server lets a connection
// open only the documents of its token's user, so the client and the server must spell it alike.

// Letters, digits, dot, dash and underscore: safe in a document name, a log line and a path.
const USER_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

export function isValidUser(user: string): boolean {
  return USER_PATTERN.test(user);
}

export function libraryDocumentName(user: string): string {
  return `u/${user}/library`;
}
