// @vitest-environment node
import {
  describeFetchFailure,
  failureOfResponse,
  untilText,
  type ListFetchFailure,
} from '../../../src/lib/lists/list-fetch-failure';

const NOW = Date.UTC(2026, 10, 26, 9, 30);
const notFound = { kind: 'not-found', address: 'https://github.com/o/n', readme: true } as const;
const headers = (values: Record<string, string>) => new Headers(values);
const failure = (status: number, values: Record<string, string> = {}) =>
  failureOfResponse(status, headers(values), NOW, notFound);

describe('what an answer from GitHub means', () => {
  it('404 is no README at the address', () => {
    expect(failure(404)).toEqual(notFound);
  });

  it('403 with no requests left, or any 429, is a rate limit, with its reset time', () => {
    const reset = String(NOW / 1000 + 600);
    expect(failure(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset })).toEqual({
      kind: 'rate-limited',
      resetAt: NOW + 600_000,
    });
    expect(failure(403, { 'x-ratelimit-remaining': '0' })).toStrictEqual({ kind: 'rate-limited' });
    expect(failure(429)).toEqual({ kind: 'rate-limited' });
    expect(failure(429, { 'retry-after': '120' })).toEqual({
      kind: 'rate-limited',
      resetAt: NOW + 120_000,
    });
    expect(failure(429, { 'retry-after': 'Thu, 26 Nov 2026 10:00:00 GMT' })).toEqual({
      kind: 'rate-limited',
      resetAt: Date.UTC(2026, 10, 26, 10, 0),
    });
    expect(failure(429, { 'retry-after': 'soon', 'x-ratelimit-reset': 'never' })).toEqual({
      kind: 'rate-limited',
    });
  });

  it('403 with Retry-After is a rate limit (a secondary limit), until the time it gives', () => {
    expect(failure(403, { 'retry-after': '60' })).toEqual({
      kind: 'rate-limited',
      resetAt: NOW + 60_000,
    });
  });

  it('reads Retry-After when the reset time is no time, and a wait of 0 as now', () => {
    expect(failure(429, { 'x-ratelimit-reset': '0', 'retry-after': '60' })).toEqual({
      kind: 'rate-limited',
      resetAt: NOW + 60_000,
    });
    expect(failure(429, { 'retry-after': '0' })).toEqual({ kind: 'rate-limited', resetAt: NOW });
    // A negative wait is no time: the limit stands with no end given.
    expect(failure(429, { 'retry-after': '-30' })).toStrictEqual({ kind: 'rate-limited' });
  });

  it('403 with requests left is a refusal, and 5xx a server error', () => {
    expect(failure(403, { 'x-ratelimit-remaining': '12' })).toEqual({
      kind: 'refused',
      status: 403,
    });
    expect(failure(451)).toEqual({ kind: 'refused', status: 451 });
    expect(failure(500)).toEqual({ kind: 'server', status: 500 });
    expect(failure(503)).toEqual({ kind: 'server', status: 503 });
    // A server error may ask for a wait too; it is still the server's error, not a limit.
    expect(failure(503, { 'retry-after': '120' })).toEqual({ kind: 'server', status: 503 });
  });
});

describe('a failure in words', () => {
  const words = (f: ListFetchFailure) => describeFetchFailure(f, NOW);

  it('says what happened and what to do', () => {
    expect(words({ kind: 'offline' })).toBe('You are offline, so GitHub cannot be reached.');
    expect(words({ kind: 'unreachable' })).toBe(
      'GitHub could not be reached: check that you are online.',
    );
    expect(words({ kind: 'timeout', seconds: 30 })).toBe(
      'GitHub did not answer within 30 seconds; try again later.',
    );
    expect(words(notFound)).toBe(
      'No README found at https://github.com/o/n: is the repository public, and the address right?',
    );
    expect(
      words({ ...notFound, address: 'https://github.com/o/n/blob/main/a.md', readme: false }),
    ).toBe(
      'No file found at https://github.com/o/n/blob/main/a.md: is the repository public, and the address right?',
    );
    expect(words({ kind: 'server', status: 500 })).toBe(
      'GitHub answered with an error (HTTP 500); try again later.',
    );
    expect(words({ kind: 'refused', status: 403 })).toBe(
      'GitHub refused the request (HTTP 403); try again later.',
    );
    expect(words({ kind: 'too-big', bytes: 6 * 1024 * 1024, limit: 5 * 1024 * 1024 })).toBe(
      'The list on GitHub is 6 MB, over the 5 MB limit for a list.',
    );
  });

  it('says when to try again after a rate limit, when GitHub says', () => {
    expect(words({ kind: 'rate-limited', resetAt: NOW + 12 * 60_000 })).toBe(
      'GitHub is limiting requests from this network; try again in 12 minutes.',
    );
    expect(words({ kind: 'rate-limited' })).toBe(
      'GitHub is limiting requests from this network; try again later.',
    );
    // A reset already past says nothing wrong about the future.
    expect(words({ kind: 'rate-limited', resetAt: NOW - 1 })).toMatch(/try again later\.$/);
    expect(words({ kind: 'rate-limited', resetAt: NOW })).toMatch(/try again later\.$/);
  });

  it('rounds the wait to what a person reads', () => {
    expect(untilText(NOW + 20_000, NOW)).toBe('in a minute');
    expect(untilText(NOW + 60_000, NOW)).toBe('in a minute');
    expect(untilText(NOW + 61_000, NOW)).toBe('in 2 minutes');
    expect(untilText(NOW + 89 * 60_000, NOW)).toBe('in 89 minutes');
    expect(untilText(NOW + 90 * 60_000, NOW)).toBe('in about 2 hours');
    expect(untilText(NOW + 5 * 3_600_000, NOW)).toBe('in about 5 hours');
    expect(untilText(NOW + 35 * 3_600_000, NOW)).toBe('in about 35 hours');
    expect(untilText(NOW + 36 * 3_600_000, NOW)).toBe('in about 2 days');
    expect(untilText(NOW + 3 * 86_400_000, NOW)).toBe('in about 3 days');
  });
});
