import { paperIdFromUrl } from '../catalogue/paper-id';

// New-style ids (`2403.07648`, four or five digits after the dot since 2015) and old-style ones
// (`cs/0112017`, `math.GT/0309136`), each with an optional version that names the same paper.
const NEW_STYLE = String.raw`\d{4}\.\d{4,5}`;
const OLD_STYLE = String.raw`[a-z-]+(?:\.[A-Za-z]{2})?\/\d{7}`;
const BARE_ID = new RegExp(String.raw`^(?:arxiv:\s*)?(${NEW_STYLE}|${OLD_STYLE})(?:v\d+)?$`, 'i');
const ARXIV_ID_PREFIX = 'arxiv:';

/** The arXiv id in `arXiv:2403.07648v2`, `2403.07648` or `cs/0112017`, without its version. */
export function arxivIdFromText(text: string): string | null {
  const match = BARE_ID.exec(text.trim());
  if (!match?.[1]) return null;
  // Old-style archive names are lower case (`cs`, `hep-th`); the subject class keeps its case.
  const id = match[1];
  const slash = id.indexOf('/');
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a fast path; the old-style path gives a new-style id back unchanged (digits only, one dot, slice at -1), and an old-style id never starts with its slash
  if (slash < 0) return id;
  // Stryker disable next-line StringLiteral: a fallback only for the type checker; split always gives a first part
  const [archive = '', subject] = id.slice(0, slash).split('.');
  return `${archive.toLowerCase()}${subject ? `.${subject}` : ''}${id.slice(slash)}`;
}

/** The address of a paper's arXiv page. */
export function arxivAbsUrl(arxivId: string): string {
  return `https://arxiv.org/abs/${arxivId}`;
}

/** The stable paper id the catalogue gives a link to this arXiv paper (`arxiv:2403.07648`). */
export function arxivPaperId(arxivId: string): string {
  return paperIdFromUrl(arxivAbsUrl(arxivId));
}

/** The arXiv id inside a stable paper id, or null when the paper is not known by one. */
export function arxivIdOfPaperId(paperId: string): string | null {
  return paperId.startsWith(ARXIV_ID_PREFIX) ? paperId.slice(ARXIV_ID_PREFIX.length) : null;
}
