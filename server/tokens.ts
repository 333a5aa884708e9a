// Tokens name one user (`sub`) and may expire (`exp`); they are HS256 JWTs signed with the
// server's secret, so the server needs no user table: whoever holds a token syncs that library.
import { SignJWT, errors, jwtVerify } from 'jose';
import { isValidUser } from '../src/lib/sync/document-name';

export type RefusalReason =
  'no token' | 'the token is not valid' | 'the token has expired' | 'the token is for another user';

export type TokenCheck = { user: string } | { refused: RefusalReason };

const ALGORITHM = 'HS256';

function keyOf(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

function seconds(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}

/** `now` lets tests sign tokens in the past; the command always signs at the current time. */
export async function signToken(
  secret: string,
  user: string,
  options: { expiresInSeconds?: number | undefined; now?: Date } = {},
): Promise<string> {
  if (!isValidUser(user)) throw new Error(`not a valid user name: ${JSON.stringify(user)}`);
  const issuedAt = seconds(options.now ?? new Date());
  const jwt = new SignJWT({}).setProtectedHeader({ alg: ALGORITHM }).setSubject(user);
  jwt.setIssuedAt(issuedAt);
  if (options.expiresInSeconds !== undefined) {
    jwt.setExpirationTime(issuedAt + options.expiresInSeconds);
  }
  return jwt.sign(keyOf(secret));
}

/** The user a token names, or the reason (in the words the client shows) it is refused. */
export async function verifyToken(secret: string, token: string): Promise<TokenCheck> {
  if (token === '') return { refused: 'no token' };
  try {
    // Pinning the algorithm refuses tokens that name another one (or none).
    const { payload } = await jwtVerify(token, keyOf(secret), { algorithms: [ALGORITHM] });
    if (typeof payload.sub !== 'string' || !isValidUser(payload.sub)) {
      return { refused: 'the token is not valid' };
    }
    return { user: payload.sub };
  } catch (error) {
    if (error instanceof errors.JWTExpired) return { refused: 'the token has expired' };
    return { refused: 'the token is not valid' };
  }
}

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400, w: 604_800 };

/** `30d`, `1h`, `10s`, `15m`, `2w` in seconds; null for anything else. */
export function parseDuration(text: string): number | null {
  const match = /^(\d{1,9})([smhdw])$/.exec(text);
  if (!match) return null;
  const amount = Number(match[1]);
  const unit = UNIT_SECONDS[match[2] ?? ''];
  return amount > 0 && unit !== undefined ? amount * unit : null;
}
