// @vitest-environment node
import {
  failureOfStatus,
  lookupFailureMessage,
  retryAfterSeconds,
} from '../../../src/lib/papers/lookup-failure';

const arxiv = { service: 'arXiv', id: '2403.07648' } as const;
const crossref = { service: 'Crossref', id: '10.1145/x' } as const;

describe('lookup failures in words', () => {
  it.each([
    [
      arxiv,
      { kind: 'offline' },
      'You are offline, so arXiv could not be asked about 2403.07648. Try again when you are online, or type the details below to add it anyway.',
    ],
    [
      crossref,
      { kind: 'network' },
      'Could not reach Crossref to look up 10.1145/x: check your connection and try again, or type the details below to add it anyway.',
    ],
    [
      arxiv,
      { kind: 'timeout', seconds: 15 },
      'arXiv did not answer within 15 seconds. Try again, or type the details below to add it anyway.',
    ],
    [
      crossref,
      { kind: 'rate-limited', retryAfterSeconds: 30 },
      'Crossref is turning requests away for now (too many in a short time). Try again in 30 seconds, or type the details below to add it anyway.',
    ],
    [
      arxiv,
      { kind: 'rate-limited' },
      'arXiv is turning requests away for now (too many in a short time). Try again in a minute, or type the details below to add it anyway.',
    ],
    [
      crossref,
      { kind: 'http', status: 500 },
      'Crossref answered with an error (HTTP 500). Try again later, or type the details below to add it anyway.',
    ],
    [
      arxiv,
      { kind: 'not-found' },
      'arXiv has no paper 2403.07648. Check the id, or type the details below to add it anyway.',
    ],
    [
      arxiv,
      { kind: 'not-found', detail: 'incorrect id format for 2403.07648' },
      'arXiv has no paper 2403.07648 (arXiv says: incorrect id format for 2403.07648). Check the id, or type the details below to add it anyway.',
    ],
    [
      crossref,
      { kind: 'not-found' },
      'Crossref has no record of DOI 10.1145/x. Check the DOI, or type the details below to add it anyway.',
    ],
    [
      arxiv,
      { kind: 'unreadable' },
      'arXiv sent an answer Readmark could not read. Try again later, or type the details below to add it anyway.',
    ],
  ] as const)('%o %o', (subject, failure, message) => {
    expect(lookupFailureMessage(subject, failure)).toBe(message);
  });

  it('reads HTTP statuses: 404 is not found, 429 (and 503 from arXiv) is a rate limit', () => {
    expect(failureOfStatus(404, 'Crossref')).toEqual({ kind: 'not-found' });
    expect(failureOfStatus(429, 'Crossref', 5)).toEqual({
      kind: 'rate-limited',
      retryAfterSeconds: 5,
    });
    expect(failureOfStatus(503, 'arXiv')).toEqual({
      kind: 'rate-limited',
      retryAfterSeconds: undefined,
    });
    expect(failureOfStatus(503, 'Crossref')).toEqual({ kind: 'http', status: 503 });
    expect(failureOfStatus(500, 'arXiv')).toEqual({ kind: 'http', status: 500 });
  });

  it('reads Retry-After as seconds or as a date', () => {
    expect(retryAfterSeconds('120')).toBe(120);
    expect(retryAfterSeconds(null)).toBeUndefined();
    expect(retryAfterSeconds('soon')).toBeUndefined();
    const now = Date.parse('2026-11-26T10:00:00Z');
    expect(retryAfterSeconds('Thu, 26 Nov 2026 10:00:30 GMT', now)).toBe(30);
  });

  it('says "1 second", and leaves out what arXiv said when it said nothing', () => {
    expect(lookupFailureMessage(crossref, { kind: 'rate-limited', retryAfterSeconds: 1 })).toBe(
      'Crossref is turning requests away for now (too many in a short time). Try again in 1 second, or type the details below to add it anyway.',
    );
    expect(lookupFailureMessage(arxiv, { kind: 'not-found', detail: '' })).toBe(
      'arXiv has no paper 2403.07648. Check the id, or type the details below to add it anyway.',
    );
  });

  it('reads padded seconds, blank headers, and dates that start or end with digits', () => {
    const now = Date.parse('2026-11-26T10:00:00Z');
    expect(retryAfterSeconds(' 120 ', now)).toBe(120);
    expect(retryAfterSeconds('', now)).toBeUndefined();
    expect(retryAfterSeconds('   ', now)).toBeUndefined();
    expect(retryAfterSeconds('26 Nov 2026 10:00:30 GMT', now)).toBe(30);
    expect(retryAfterSeconds('Thu, 26 Nov 2026 10:00:30 +0000', now)).toBe(30);
  });
});
