import { fetchListFile } from '../../../src/features/settings/fetch-list';
import { parseGithubAddress, type GithubAddress } from '../../../src/lib/lists/github-address';

const address = (input: string): GithubAddress => {
  const parsed = parseGithubAddress(input);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.address;
};

type Answer = { status: number; body?: string; headers?: Record<string, string> };

/** GitHub's raw host as a table of answers; every request is recorded. */
function stubGithub(answers: Record<string, Answer>) {
  const requested: string[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    requested.push(url);
    expect(init.credentials).toBe('omit');
    const answer = answers[url] ?? { status: 404 };
    return new Response(answer.body ?? null, { status: answer.status, headers: answer.headers });
  });
  return requested;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('fetching a list from its address', () => {
  it('tries HEAD and the README names in turn, and takes the first found', async () => {
    const requested = stubGithub({
      'https://raw.githubusercontent.com/o/n/HEAD/README.markdown': { status: 200, body: '# L' },
    });
    const result = await fetchListFile(address('https://github.com/o/n'));
    expect(requested).toEqual([
      'https://raw.githubusercontent.com/o/n/HEAD/README.md',
      'https://raw.githubusercontent.com/o/n/HEAD/readme.md',
      'https://raw.githubusercontent.com/o/n/HEAD/README.markdown',
    ]);
    if (!result.ok) throw new Error('not fetched');
    expect(result.url).toBe('https://raw.githubusercontent.com/o/n/HEAD/README.markdown');
    expect(await result.file.text()).toBe('# L');
  });

  it('says no README was found when none of them is there', async () => {
    stubGithub({});
    expect(await fetchListFile(address('https://github.com/o/n/tree/dev'))).toEqual({
      ok: false,
      failure: { kind: 'not-found', address: 'https://github.com/o/n/tree/dev', readme: true },
    });
  });

  it('stops at the first error other than 404, and reads a rate limit', async () => {
    const requested = stubGithub({
      'https://raw.githubusercontent.com/o/n/HEAD/README.md': {
        status: 403,
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1800000000' },
      },
    });
    expect(await fetchListFile(address('o/n'))).toEqual({
      ok: false,
      failure: { kind: 'rate-limited', resetAt: 1_800_000_000_000 },
    });
    expect(requested).toHaveLength(1);
  });

  it('gives up past the size limit, by the declared length or the bytes received', async () => {
    const big = 'x'.repeat(5 * 1024 * 1024 + 1);
    stubGithub({ 'https://raw.githubusercontent.com/o/n/main/a.md': { status: 200, body: big } });
    expect(await fetchListFile(address('https://github.com/o/n/blob/main/a.md'))).toEqual({
      ok: false,
      failure: { kind: 'too-big', bytes: big.length, limit: 5 * 1024 * 1024 },
    });
  });

  it('tells a network failure, a time limit and a cancel apart', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    expect(await fetchListFile(address('o/n'))).toEqual({
      ok: false,
      failure: { kind: 'unreachable' },
    });

    const hang = (_url: string, init: RequestInit) =>
      new Promise((_resolve, reject) =>
        init.signal?.addEventListener('abort', () => reject(new DOMException('', 'AbortError'))),
      );
    vi.stubGlobal('fetch', hang);
    expect(await fetchListFile(address('o/n'), { timeLimitMs: 20 })).toEqual({
      ok: false,
      failure: { kind: 'timeout', seconds: 1 },
    });
    const controller = new AbortController();
    const pending = fetchListFile(address('o/n'), { signal: controller.signal });
    controller.abort();
    expect(await pending).toEqual({ ok: false, aborted: true });
  });

  it('does not try while the browser is offline', async () => {
    const requested = stubGithub({});
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    expect(await fetchListFile(address('o/n'))).toEqual({
      ok: false,
      failure: { kind: 'offline' },
    });
    expect(requested).toEqual([]);
    vi.restoreAllMocks();
  });
});
