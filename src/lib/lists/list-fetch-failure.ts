import { megabytes } from '../catalogue/list-limits';

/** Why a list's file could not be fetched from GitHub, as a value the UI puts into words. */
export type ListFetchFailure =
  | { kind: 'offline' }
  | { kind: 'unreachable' }
  | { kind: 'timeout'; seconds: number }
  | { kind: 'not-found'; address: string; readme: boolean }
  | { kind: 'rate-limited'; resetAt?: number }
  | { kind: 'refused'; status: number }
  | { kind: 'server'; status: number }
  | { kind: 'too-big'; bytes: number; limit: number };

type Headers = { get: (name: string) => string | null };

const MINUTE = 60_000;

function retryAt(headers: Headers, now: number): number | undefined {
  const reset = Number(headers.get('x-ratelimit-reset') ?? NaN);
  if (Number.isFinite(reset) && reset > 0) return reset * 1000;
  const retry = headers.get('retry-after');
  if (retry === null) return undefined;
  const seconds = Number(retry);
  if (Number.isFinite(seconds) && seconds >= 0) return now + seconds * 1000;
  const date = Date.parse(retry);
  return Number.isNaN(date) ? undefined : date;
}

/**
 * What an answer that is not 200 means. GitHub limits requests with 429, or with 403 and
 * `x-ratelimit-remaining: 0`; a reset time, when given, says when to try again.
 */
export function failureOfResponse(
  status: number,
  headers: Headers,
  now: number,
  notFound: Extract<ListFetchFailure, { kind: 'not-found' }>,
): ListFetchFailure {
  const limited =
    status === 429 ||
    (status === 403 &&
      (headers.get('x-ratelimit-remaining') === '0' || headers.get('retry-after') !== null));
  if (limited) {
    const resetAt = retryAt(headers, now);
    return resetAt === undefined ? { kind: 'rate-limited' } : { kind: 'rate-limited', resetAt };
  }
  if (status === 404) return notFound;
  if (status >= 500) return { kind: 'server', status };
  return { kind: 'refused', status };
}

/** "in 12 minutes", "in about 3 hours", "in under a minute": when a limit ends. */
export function untilText(then: number, now: number): string {
  const minutes = Math.ceil((then - now) / MINUTE);
  if (minutes <= 1) return 'in a minute';
  if (minutes < 90) return `in ${minutes} minutes`;
  const hours = Math.round(minutes / 60);
  return hours < 36 ? `in about ${hours} hours` : `in about ${Math.round(hours / 24)} days`;
}

/** The failure in words: what happened and, where the user can do something, what. */
export function describeFetchFailure(failure: ListFetchFailure, now: number): string {
  switch (failure.kind) {
    case 'offline':
      return 'You are offline, so GitHub cannot be reached.';
    case 'unreachable':
      return 'GitHub could not be reached: check that you are online.';
    case 'timeout':
      return `GitHub did not answer within ${failure.seconds} seconds; try again later.`;
    case 'not-found':
      return failure.readme
        ? `No README found at ${failure.address}: is the repository public, and the address right?`
        : `No file found at ${failure.address}: is the repository public, and the address right?`;
    case 'rate-limited':
      // Stryker disable next-line ConditionalExpression: with no reset time, `undefined > now` is false as well; the check is there for the type
      return failure.resetAt !== undefined && failure.resetAt > now
        ? `GitHub is limiting requests from this network; try again ${untilText(failure.resetAt, now)}.`
        : 'GitHub is limiting requests from this network; try again later.';
    case 'refused':
      return `GitHub refused the request (HTTP ${failure.status}); try again later.`;
    case 'server':
      return `GitHub answered with an error (HTTP ${failure.status}); try again later.`;
    case 'too-big':
      return `The list on GitHub is ${megabytes(failure.bytes)}, over the ${megabytes(failure.limit)} limit for a list.`;
  }
}
