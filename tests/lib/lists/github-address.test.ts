// @vitest-environment node
import {
  addressListId,
  githubAddressLabel,
  githubAddressUrl,
  linkBaseOf,
  parseGithubAddress,
  rawFileUrls,
  type GithubAddress,
} from '../../../src/lib/lists/github-address';

function parsed(input: string): GithubAddress {
  const result = parseGithubAddress(input);
  if (!result.ok) throw new Error(`refused ${input}: ${result.message}`);
  return result.address;
}

function refusal(input: string): string {
  const result = parseGithubAddress(input);
  if (result.ok) throw new Error(`accepted ${input}: ${JSON.stringify(result.address)}`);
  return result.message;
}

const REPO = { owner: 'acme-lab', name: 'awesome-fuzzing' };

describe('parseGithubAddress', () => {
  it.each([
    'https://github.com/acme-lab/awesome-fuzzing',
    'http://github.com/acme-lab/awesome-fuzzing',
    'https://www.github.com/acme-lab/awesome-fuzzing',
    'HTTPS://GitHub.com/acme-lab/awesome-fuzzing',
    'https://github.com/acme-lab/awesome-fuzzing/',
    'https://github.com/acme-lab/awesome-fuzzing///',
    'https://github.com/acme-lab/awesome-fuzzing.git',
    'https://github.com/acme-lab/awesome-fuzzing.git/',
    'https://github.com/acme-lab/awesome-fuzzing?tab=readme-ov-file',
    'https://github.com/acme-lab/awesome-fuzzing#readme',
    'https://github.com/acme-lab/awesome-fuzzing?tab=readme-ov-file#contents',
    '  https://github.com/acme-lab/awesome-fuzzing \n',
    'github.com/acme-lab/awesome-fuzzing',
    'www.github.com/acme-lab/awesome-fuzzing',
    'acme-lab/awesome-fuzzing',
    'git@github.com:acme-lab/awesome-fuzzing.git',
    'https://github.com/acme-lab/awesome-fuzzing/issues/12',
    'https://github.com/acme-lab/awesome-fuzzing/tree',
  ])('reads the repository from %j', (input) => {
    expect(parsed(input)).toEqual(REPO);
  });

  it('keeps names with dots, underscores and case as written', () => {
    expect(parsed('https://github.com/Some-Org/papers.list_2024')).toEqual({
      owner: 'Some-Org',
      name: 'papers.list_2024',
    });
    // Only the last ".git" is git's: a repository may be called "x.github.io".
    expect(parsed('https://github.com/o/o.github.io.git').name).toBe('o.github.io');
  });

  it('reads a branch, a folder and a file', () => {
    expect(parsed('https://github.com/o/n/tree/dev')).toEqual({
      owner: 'o',
      name: 'n',
      branch: 'dev',
    });
    expect(parsed('https://github.com/o/n/tree/dev/')).toEqual({
      owner: 'o',
      name: 'n',
      branch: 'dev',
    });
    expect(parsed('https://github.com/o/n/tree/main/docs/lists')).toEqual({
      owner: 'o',
      name: 'n',
      branch: 'main',
      path: 'docs/lists',
    });
    expect(parsed('https://github.com/o/n/blob/main/docs/list.md')).toEqual({
      owner: 'o',
      name: 'n',
      branch: 'main',
      path: 'docs/list.md',
    });
    expect(parsed('https://github.com/o/n/blob/v1.2/README.markdown?plain=1#L10').path).toBe(
      'README.markdown',
    );
    expect(parsed('https://github.com/o/n/raw/main/LIST.MD').path).toBe('LIST.MD');
  });

  it('reads a branch with a slash when the slash is escaped', () => {
    const address = parsed('https://github.com/o/n/tree/feature%2Fnew-papers');
    expect(address.branch).toBe('feature/new-papers');
    expect(rawFileUrls(address)[0]).toBe(
      'https://raw.githubusercontent.com/o/n/feature/new-papers/README.md',
    );
  });

  it('decodes escaped paths once', () => {
    expect(parsed('https://github.com/o/n/blob/main/reading%20list/papers.md').path).toBe(
      'reading list/papers.md',
    );
  });

  it('reads raw.githubusercontent.com addresses, with or without refs/heads', () => {
    expect(parsed('https://raw.githubusercontent.com/o/n/main/README.md')).toEqual({
      owner: 'o',
      name: 'n',
      branch: 'main',
      path: 'README.md',
    });
    expect(parsed('https://raw.githubusercontent.com/o/n/refs/heads/dev/a/b.md')).toEqual({
      owner: 'o',
      name: 'n',
      branch: 'dev',
      path: 'a/b.md',
    });
    expect(parsed('raw.githubusercontent.com/o/n')).toEqual({ owner: 'o', name: 'n' });
  });

  it('reads a tag from refs/tags, and takes refs, heads or tags elsewhere as a branch or folder', () => {
    expect(parsed('https://raw.githubusercontent.com/o/n/refs/tags/v2.0/README.md')).toEqual({
      owner: 'o',
      name: 'n',
      branch: 'v2.0',
      path: 'README.md',
    });
    expect(parsed('https://raw.githubusercontent.com/o/n/main/tags/list.md')).toEqual({
      owner: 'o',
      name: 'n',
      branch: 'main',
      path: 'tags/list.md',
    });
    expect(parsed('https://raw.githubusercontent.com/o/n/refs/lists/README.md')).toEqual({
      owner: 'o',
      name: 'n',
      branch: 'refs',
      path: 'lists/README.md',
    });
  });

  it('reads a repository page with nothing after blob as the repository', () => {
    expect(parsed('https://github.com/acme-lab/awesome-fuzzing/blob')).toEqual(REPO);
  });

  it('refuses what is not an address, with what to give instead', () => {
    expect(refusal('')).toBe(
      'Enter the address of a list on GitHub, as in https://github.com/owner/name.',
    );
    expect(refusal('   ')).toMatch(/^Enter the address/);
    expect(refusal('awesome fuzzing')).toBe(
      'That is not a web address: give one such as https://github.com/owner/name.',
    );
    expect(refusal('x'.repeat(2_001))).toBe('That is too long to be a GitHub address.');
    const padded = 'https://github.com/acme-lab/awesome-fuzzing#';
    expect(parsed(padded + 'x'.repeat(2_000 - padded.length))).toEqual(REPO);
  });

  it.each([
    ['javascript:alert(1)', 'javascript:'],
    ['JavaScript:alert(document.cookie)//github.com/o/n', 'javascript:'],
    ['data:text/html,<script>alert(1)</script>', 'data:'],
    ['file:///etc/passwd', 'file:'],
    ['ftp://github.com/o/n', 'ftp:'],
    ['vbscript:msgbox', 'vbscript:'],
  ])('refuses the %j scheme', (input, scheme) => {
    expect(refusal(input)).toBe(
      `Only GitHub addresses (https://github.com/owner/name) can be followed, not ${scheme} ones.`,
    );
  });

  it.each([
    ['https://gitlab.com/o/n', 'gitlab.com'],
    ['gitlab.com/o/n', 'gitlab.com'],
    ['https://github.com.evil.example/o/n', 'github.com.evil.example'],
    ['https://evil.example/github.com/o/n', 'evil.example'],
    ['https://gist.github.com/o/abc123', 'gist.github.com'],
    ['https://api.github.com/repos/o/n', 'api.github.com'],
    [
      'https://raw.githubusercontent.com.evil.example/o/n/main/a.md',
      'raw.githubusercontent.com.evil.example',
    ],
    ['https://xn--gthub-zsa.com/o/n', 'xn--gthub-zsa.com'],
  ])('refuses another host: %j', (input, host) => {
    expect(refusal(input)).toBe(
      `Only lists on GitHub can be followed, and ${host} is not github.com.`,
    );
  });

  it('refuses credentials and ports, which GitHub addresses never carry', () => {
    expect(refusal('https://token:x@github.com/o/n')).toBe(
      'A GitHub address carries no user name or password: leave them out.',
    );
    expect(refusal('https://evil@github.com/o/n')).toMatch(/no user name/);
    expect(refusal('https://:secret@github.com/o/n')).toMatch(/no user name or password/);
    expect(refusal('https://github.com:8443/o/n')).toBe(
      'GitHub addresses have no port (this one has 8443).',
    );
  });

  it('refuses an owner alone, GitHub pages and impossible names', () => {
    const needsBoth =
      'A GitHub address names an owner and a repository, as in https://github.com/owner/name.';
    expect(refusal('https://github.com/acme-lab')).toBe(needsBoth);
    expect(refusal('https://github.com/')).toBe(needsBoth);
    expect(refusal('https://github.com/o/.git')).toBe(needsBoth);
    expect(refusal('https://github.com/topics/awesome')).toBe(
      "github.com/topics is one of GitHub's own pages, not a repository: give the list's address, as in https://github.com/owner/name.",
    );
    expect(refusal('https://github.com/orgs/acme/repositories')).toMatch(/GitHub's own pages/);
    expect(refusal('https://github.com/-bad/n')).toBe(
      '“-bad” cannot be a GitHub user or organisation.',
    );
    expect(refusal('https://github.com/o%3Cscript%3E/n')).toBe(
      '“o<script>” cannot be a GitHub user or organisation.',
    );
    expect(refusal('https://github.com/o/n%20x')).toBe(
      '“n x” cannot be the name of a GitHub repository.',
    );
    // The URL parser resolves "%2e%2e" as it does "..".
    expect(refusal('https://github.com/o/%2e%2e')).toBe(needsBoth);
    // Dropping ".git" can leave a name git keeps for the folder itself.
    expect(refusal('https://github.com/o/..git')).toBe(
      '“.” cannot be the name of a GitHub repository.',
    );
    expect(refusal('git@github.com:o/...git')).toBe(
      '“..” cannot be the name of a GitHub repository.',
    );
  });

  it('refuses a branch or file of an impossible repository, not only the repository', () => {
    expect(refusal('https://github.com/-bad/n/blob/main/README.md')).toBe(
      '“-bad” cannot be a GitHub user or organisation.',
    );
    expect(refusal('https://raw.githubusercontent.com/o/n%20x/main/README.md')).toBe(
      '“n x” cannot be the name of a GitHub repository.',
    );
  });

  it('reads the short forms only when they are the whole address', () => {
    // A GitHub address inside another host's path belongs to that host.
    expect(refusal('evil.example/git@github.com:o/n')).toBe(
      'Only lists on GitHub can be followed, and evil.example is not github.com.',
    );
    const notAnAddress =
      'That is not a web address: give one such as https://github.com/owner/name.';
    // Two pasted lines are not the address on the first.
    expect(refusal('git@github.com:o/n\nmore notes')).toBe(notAnAddress);
    expect(refusal('acme-lab/awesome-fuzzing is the list')).toBe(notAnAddress);
    // An npm package scope looks like owner/name but is not one.
    expect(refusal('@acme-lab/awesome-fuzzing')).toBe(notAnAddress);
  });

  it('refuses paths that would leave the repository or break the raw address', () => {
    // The URL parser resolves "..", so github.com/o/n/../../x is github.com/x.
    expect(refusal('https://github.com/o/n/../../x')).toMatch(/names an owner and a repository/);
    expect(parsed('https://github.com/o/n/blob/main/%2e%2e/%2e%2e/other/list.md')).toEqual({
      owner: 'o',
      name: 'n',
    });
    expect(
      refusal('https://github.com/o/n/blob/main/x%2F..%2F..%2F..%2Fp%2Fq%2Fmain%2Flist.md'),
    ).toBe(
      'That address has a path GitHub would not serve (“..”, an escaped slash, a backslash or a control character).',
    );
    expect(refusal('https://github.com/o/n/blob/main/a%5Cb.md')).toMatch(/would not serve/);
    expect(refusal('https://github.com/o/n/tree/a..b')).toBe(
      '“a..b” cannot be a branch name on GitHub.',
    );
    expect(refusal('https://github.com/o/n/tree/%0Amain')).toMatch(/cannot be a branch name/);
    expect(refusal('https://github.com/o/n/tree/%2Fmain')).toMatch(/cannot be a branch name/);
    expect(refusal('https://github.com/o/n/tree/a%2F..%2Fb')).toMatch(/cannot be a branch name/);
    expect(refusal('https://github.com/o/n/blob/main/a%ZZ.md')).toBe(
      'That address has a broken %-escape in its path.',
    );
  });

  it('refuses a file that is not Markdown', () => {
    expect(refusal('https://github.com/o/n/blob/main/list.json')).toBe(
      'list.json is not a Markdown file: give a file ending in .md, or the repository.',
    );
    expect(refusal('https://github.com/o/n/blob/main')).toBe(
      'That address names a branch but no file: give a Markdown file (ending in .md) or the repository.',
    );
    expect(refusal('https://raw.githubusercontent.com/o/n/main/index.html')).toMatch(
      /^index\.html is not a Markdown file/,
    );
    // The message names the file, not the folders it is in.
    expect(refusal('https://github.com/o/n/blob/main/docs/lists/papers.json')).toBe(
      'papers.json is not a Markdown file: give a file ending in .md, or the repository.',
    );
  });
});

describe('the raw files tried for an address', () => {
  it('are the README names on HEAD, the default branch, when no branch is given', () => {
    expect(rawFileUrls(parsed('https://github.com/o/n'))).toEqual([
      'https://raw.githubusercontent.com/o/n/HEAD/README.md',
      'https://raw.githubusercontent.com/o/n/HEAD/readme.md',
      'https://raw.githubusercontent.com/o/n/HEAD/README.markdown',
    ]);
  });

  it('are in the branch and folder given, or the file alone', () => {
    expect(rawFileUrls(parsed('https://github.com/o/n/tree/dev/docs'))[0]).toBe(
      'https://raw.githubusercontent.com/o/n/dev/docs/README.md',
    );
    expect(rawFileUrls(parsed('https://github.com/o/n/blob/main/docs/list.md'))).toEqual([
      'https://raw.githubusercontent.com/o/n/main/docs/list.md',
    ]);
  });

  it('escape what the path holds, segment by segment', () => {
    expect(rawFileUrls(parsed('https://github.com/o/n/blob/main/reading%20list/a%23b.md'))).toEqual(
      ['https://raw.githubusercontent.com/o/n/main/reading%20list/a%23b.md'],
    );
  });
});

describe('an address written back', () => {
  it('as GitHub writes it, as a label and as the list id', () => {
    const repo = parsed('github.com/o/n.git/');
    expect(githubAddressUrl(repo)).toBe('https://github.com/o/n');
    expect(githubAddressLabel(repo)).toBe('o/n');
    expect(addressListId(repo)).toBe('address:github.com/o/n');
    const file = parsed('https://github.com/o/n/blob/main/docs/list.md?plain=1');
    expect(githubAddressUrl(file)).toBe('https://github.com/o/n/blob/main/docs/list.md');
    expect(githubAddressLabel(file)).toBe('o/n (main/docs/list.md)');
    expect(githubAddressUrl(parsed('https://github.com/o/n/tree/dev'))).toBe(
      'https://github.com/o/n/tree/dev',
    );
    expect(githubAddressUrl(parsed('https://github.com/o/n/tree/dev/docs'))).toBe(
      'https://github.com/o/n/tree/dev/docs',
    );
    // A folder or file with no branch is on HEAD, the default branch, as its raw files are.
    expect(githubAddressUrl({ owner: 'o', name: 'n', path: 'docs' })).toBe(
      'https://github.com/o/n/tree/HEAD/docs',
    );
    expect(githubAddressUrl({ owner: 'o', name: 'n', path: 'docs/list.md' })).toBe(
      'https://github.com/o/n/blob/HEAD/docs/list.md',
    );
  });

  it('gives every form of one address the same id', () => {
    const ids = [
      'https://github.com/o/n',
      'github.com/o/n.git',
      'o/n',
      'git@github.com:o/n.git',
      'https://github.com/o/n?tab=readme-ov-file',
    ].map((input) => addressListId(parsed(input)));
    expect(new Set(ids)).toEqual(new Set(['address:github.com/o/n']));
  });

  it('resolves relative links beside the fetched file, on its branch', () => {
    expect(linkBaseOf('https://raw.githubusercontent.com/o/n/HEAD/README.md')).toBe(
      'https://github.com/o/n/blob/HEAD/',
    );
    expect(linkBaseOf('https://raw.githubusercontent.com/o/n/main/docs/list.md')).toBe(
      'https://github.com/o/n/blob/main/docs/',
    );
    expect(
      linkBaseOf('https://raw.githubusercontent.com/acme-lab/awesome-fuzzing/HEAD/README.md'),
    ).toBe('https://github.com/acme-lab/awesome-fuzzing/blob/HEAD/');
    // A file straight under the repository, with no branch folder, links into the repository.
    expect(linkBaseOf('https://raw.githubusercontent.com/o/n/README.md')).toBe(
      'https://github.com/o/n/blob/',
    );
  });

  it('leaves links of any other address where they are', () => {
    expect(linkBaseOf('https://example.org/lists/papers.md')).toBe(
      'https://example.org/lists/papers.md',
    );
    const proxied = 'https://proxy.example/https://raw.githubusercontent.com/o/n/main/README.md';
    expect(linkBaseOf(proxied)).toBe(proxied);
    // Two pasted lines are not one raw address.
    const twoLines = 'https://raw.githubusercontent.com/o/n/main/README.md\nhttps://example.org/x';
    expect(linkBaseOf(twoLines)).toBe(twoLines);
  });
});
