/**
 * A list followed by its GitHub address: which repository, branch and file the address names.
 * Only github.com (and raw.githubusercontent.com) addresses are accepted; anything else is
 * refused with a reason the user can act on.
 */
export type GithubAddress = {
  owner: string;
  name: string;
  /** The branch (or tag, or commit) the address names; none means the default branch. */
  branch?: string;
  /** A folder or a Markdown file inside the repository, without leading or trailing slashes. */
  path?: string;
};

export type AddressParse = { ok: true; address: GithubAddress } | { ok: false; message: string };

const EXAMPLE = 'https://github.com/owner/name';
const MAX_LENGTH = 2_000;
const OWNER = /^[a-z\d][a-z\d-]{0,38}$/i;
const NAME = /^[\w.-]{1,100}$/;
// What git refuses in a ref name, and what would change the meaning of a URL path.
// A branch may hold "/" (written %2F in a single segment), never at an end or twice in a row.
const BAD_REF = /[\s\p{Cc}~^:?*[\\]|\.\.|@\{|^[-/]|\/$|\/\/|\.lock$/u;
const BAD_SEGMENT = /[\p{Cc}\\/]|^\.{1,2}$/u;
const MARKDOWN_FILE = /\.(md|markdown)$/i;
// github.com/<these>/… are GitHub's own pages, not repositories.
const GITHUB_PAGES = new Set(
  'about apps codespaces collections dashboard enterprise explore features issues join login logout marketplace new notifications orgs organizations pricing pulls search settings signup sponsors topics trending users'.split(
    ' ',
  ),
);

const refuse = (message: string): AddressParse => ({ ok: false, message });

export const isMarkdownPath = (path: string) => MARKDOWN_FILE.test(path);

function decodeSegments(pathname: string): string[] | null {
  try {
    return pathname
      .split('/')
      .filter((segment) => segment !== '')
      .map((segment) => decodeURIComponent(segment));
  } catch {
    return null;
  }
}

function repository(owner: string | undefined, rawName: string | undefined): AddressParse {
  const name = rawName?.replace(/\.git$/i, '');
  // Stryker disable next-line ConditionalExpression: the owner is missing only when the path is empty, and then the name is missing too, so `!name` alone refuses it
  if (owner === undefined || !name) {
    return refuse(`A GitHub address names an owner and a repository, as in ${EXAMPLE}.`);
  }
  if (GITHUB_PAGES.has(owner.toLowerCase())) {
    return refuse(
      `github.com/${owner} is one of GitHub's own pages, not a repository: give the list's address, as in ${EXAMPLE}.`,
    );
  }
  if (!OWNER.test(owner)) return refuse(`“${owner}” cannot be a GitHub user or organisation.`);
  if (!NAME.test(name) || name === '.' || name === '..') {
    return refuse(`“${name}” cannot be the name of a GitHub repository.`);
  }
  return { ok: true, address: { owner, name } };
}

/** The branch and path after `tree/` or `blob/`; a file path must be Markdown. */
function withBranch(repo: GithubAddress, rest: string[], file: boolean): AddressParse {
  const [branch, ...path] = rest;
  if (branch === undefined) return { ok: true, address: repo };
  if (BAD_REF.test(branch)) return refuse(`“${branch}” cannot be a branch name on GitHub.`);
  if (path.some((segment) => BAD_SEGMENT.test(segment))) {
    return refuse(
      'That address has a path GitHub would not serve (“..”, an escaped slash, a backslash or a control character).',
    );
  }
  const joined = path.join('/');
  if (file && !isMarkdownPath(joined)) {
    return refuse(
      joined === ''
        ? 'That address names a branch but no file: give a Markdown file (ending in .md) or the repository.'
        : `${path.at(-1) ?? joined} is not a Markdown file: give a file ending in .md, or the repository.`,
    );
  }
  return { ok: true, address: { ...repo, branch, ...(joined === '' ? {} : { path: joined }) } };
}

function fromGithub(segments: string[]): AddressParse {
  const [owner, name, kind, ...rest] = segments;
  const repo = repository(owner, name);
  if (!repo.ok) return repo;
  if (kind === 'tree') return withBranch(repo.address, rest, false);
  if (kind === 'blob' || kind === 'raw') return withBranch(repo.address, rest, true);
  // Any other page of a repository (issues, commits, …) stands for the repository.
  return repo;
}

function fromRaw(segments: string[]): AddressParse {
  const [owner, name, ...rest] = segments;
  const repo = repository(owner, name);
  if (!repo.ok) return repo;
  // raw.githubusercontent.com/o/n/refs/heads/main/README.md names the branch "main".
  const ref =
    rest[0] === 'refs' && (rest[1] === 'heads' || rest[1] === 'tags') ? rest.slice(2) : rest;
  return withBranch(repo.address, ref, true);
}

function toUrl(input: string): URL | null {
  const ssh = /^git@github\.com:(.+)$/i.exec(input)?.[1];
  let text = ssh === undefined ? input : `https://github.com/${ssh}`;
  // "owner/name", as GitHub itself writes a repository; a host and path without a scheme.
  if (/^[a-z\d][a-z\d-]*\/[\w.-]+\/?$/i.test(text)) text = `https://github.com/${text}`;
  else if (/^[\w-]+(\.[\w-]+)+\//.test(text)) text = `https://${text}`;
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

/** Reads what a user typed as a GitHub address: the repository, and any branch and path. */
export function parseGithubAddress(input: string): AddressParse {
  const text = input.trim();
  if (text === '') return refuse(`Enter the address of a list on GitHub, as in ${EXAMPLE}.`);
  if (text.length > MAX_LENGTH) return refuse('That is too long to be a GitHub address.');
  const url = toUrl(text);
  if (url === null) return refuse(`That is not a web address: give one such as ${EXAMPLE}.`);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return refuse(`Only GitHub addresses (${EXAMPLE}) can be followed, not ${url.protocol} ones.`);
  }
  const host = url.hostname.toLowerCase();
  const github = host === 'github.com' || host === 'www.github.com';
  if (!github && host !== 'raw.githubusercontent.com') {
    return refuse(`Only lists on GitHub can be followed, and ${host} is not github.com.`);
  }
  if (url.username !== '' || url.password !== '') {
    return refuse('A GitHub address carries no user name or password: leave them out.');
  }
  if (url.port !== '') return refuse(`GitHub addresses have no port (this one has ${url.port}).`);
  const segments = decodeSegments(url.pathname);
  if (segments === null) return refuse('That address has a broken %-escape in its path.');
  return github ? fromGithub(segments) : fromRaw(segments);
}

const encodePath = (path: string) => path.split('/').map(encodeURIComponent).join('/');

export const README_NAMES = ['README.md', 'readme.md', 'README.markdown'] as const;

/**
 * The raw files to try, in order: the file the address names, or the README of its folder under
 * its usual names. No branch means HEAD, which raw.githubusercontent.com resolves to the
 * default branch.
 */
export function rawFileUrls({ owner, name, branch, path }: GithubAddress): string[] {
  const base = `https://raw.githubusercontent.com/${owner}/${name}/${encodePath(branch ?? 'HEAD')}/`;
  // Stryker disable next-line ConditionalExpression: isMarkdownPath(undefined) tests the text "undefined", which does not end in .md
  if (path !== undefined && isMarkdownPath(path)) return [base + encodePath(path)];
  const folder = path === undefined ? '' : `${encodePath(path)}/`;
  return README_NAMES.map((readme) => base + folder + readme);
}

/** The address as GitHub writes it: the repository, its branch or folder, or its file. */
export function githubAddressUrl({ owner, name, branch, path }: GithubAddress): string {
  const repo = `https://github.com/${owner}/${name}`;
  const ref = encodePath(branch ?? 'HEAD');
  // Stryker disable next-line ConditionalExpression: isMarkdownPath(undefined) tests the text "undefined", which does not end in .md
  if (path !== undefined && isMarkdownPath(path)) return `${repo}/blob/${ref}/${encodePath(path)}`;
  if (path !== undefined) return `${repo}/tree/${ref}/${encodePath(path)}`;
  return branch === undefined ? repo : `${repo}/tree/${ref}`;
}

/**
 * Where a relative link in the fetched file points on GitHub: beside the file, on the same
 * branch (`reviews/a.md` in o/n's README is github.com/o/n/blob/HEAD/reviews/a.md).
 */
export function linkBaseOf(rawUrl: string): string {
  // Any other address matches nothing and is returned as it is; a folder not there is "".
  return rawUrl.replace(
    /^https:\/\/raw\.githubusercontent\.com\/([^/]+)\/([^/]+)\/(.*\/)?[^/]*$/,
    'https://github.com/$1/$2/blob/$3',
  );
}

/** "owner/name", with the branch and path when the address gives them. */
export function githubAddressLabel({ owner, name, branch, path }: GithubAddress): string {
  const repo = `${owner}/${name}`;
  const where = [branch, path].filter((part) => part !== undefined).join('/');
  return where === '' ? repo : `${repo} (${where})`;
}

/** The stored id of a list followed by this address: the same address is the same list. */
export function addressListId(address: GithubAddress): string {
  // Stryker disable next-line Regex: githubAddressUrl always starts with https://, so the first match is at the start
  return `address:${githubAddressUrl(address).replace(/^https:\/\//, '')}`;
}
