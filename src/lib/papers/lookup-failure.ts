/** Why a paper's details could not be looked up, as the user is told. */
export type LookupFailure =
  | { kind: 'offline' }
  | { kind: 'network' }
  | { kind: 'timeout'; seconds: number }
  | { kind: 'rate-limited'; retryAfterSeconds?: number }
  | { kind: 'http'; status: number }
  | { kind: 'not-found'; detail?: string }
  | { kind: 'unreadable' };

/** Who was asked, and about what: `arXiv` and `2403.07648`, or `Crossref` and a DOI. */
export type LookupSubject = { service: 'arXiv' | 'Crossref'; id: string };

const TYPE_IT = 'type the details below to add it anyway.';

function notFound({ service, id }: LookupSubject, detail?: string): string {
  if (service === 'arXiv') {
    const said = detail ? ` (arXiv says: ${detail.replace(/\.$/, '')})` : '';
    return `arXiv has no paper ${id}${said}. Check the id, or ${TYPE_IT}`;
  }
  return `Crossref has no record of DOI ${id}. Check the DOI, or ${TYPE_IT}`;
}

/** A sentence saying what happened and what the user can do next. */
export function lookupFailureMessage(subject: LookupSubject, failure: LookupFailure): string {
  const { service, id } = subject;
  switch (failure.kind) {
    case 'offline':
      return `You are offline, so ${service} could not be asked about ${id}. Try again when you are online, or ${TYPE_IT}`;
    case 'network':
      return `Could not reach ${service} to look up ${id}: check your connection and try again, or ${TYPE_IT}`;
    case 'timeout':
      return `${service} did not answer within ${failure.seconds} seconds. Try again, or ${TYPE_IT}`;
    case 'rate-limited': {
      const wait =
        failure.retryAfterSeconds === undefined
          ? 'in a minute'
          : `in ${failure.retryAfterSeconds} second${failure.retryAfterSeconds === 1 ? '' : 's'}`;
      return `${service} is turning requests away for now (too many in a short time). Try again ${wait}, or ${TYPE_IT}`;
    }
    case 'http':
      return `${service} answered with an error (HTTP ${failure.status}). Try again later, or ${TYPE_IT}`;
    case 'not-found':
      return notFound(subject, failure.detail);
    case 'unreadable':
      return `${service} sent an answer Readmark could not read. Try again later, or ${TYPE_IT}`;
  }
}

/** Seconds to wait from a Retry-After header (seconds or an HTTP date); undefined if none. */
export function retryAfterSeconds(header: string | null, now = Date.now()): number | undefined {
  if (header === null) return undefined;
  // A blank header fails both readings below, so it needs no test of its own.
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text);
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

/** What an HTTP status other than 200 means for a lookup. */
export function failureOfStatus(
  status: number,
  service: LookupSubject['service'],
  retryAfter?: number,
): LookupFailure {
  if (status === 404) return { kind: 'not-found' };
  // arXiv answers too many requests with 503 (and sometimes 429); Crossref with 429.
  if (status === 429 || (status === 503 && service === 'arXiv')) {
    return { kind: 'rate-limited', retryAfterSeconds: retryAfter };
  }
  return { kind: 'http', status };
}
