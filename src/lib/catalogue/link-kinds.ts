/**
 * Words lists put on links that point at a paper or its extras. A link labelled so is never the
 * paper's title: the title is the item's own text. Compared letters only, so `[PDF]`, `[[pdf]]`,
 * `Paper:` and `arXiv 📄` all count.
 */
const labelWords = new Set([
  'pdf',
  'paper',
  'papers',
  'arxiv',
  'link',
  'links',
  'code',
  'project',
  'projectpage',
  'page',
  'slides',
  'slide',
  'video',
  'videos',
  'talk',
  'poster',
  'openreview',
  'github',
  'website',
  'web',
  'homepage',
  'blog',
  'blogpost',
  'post',
  'here',
  'url',
  'download',
  'abs',
  'abstract',
  'html',
  'doi',
  'acm',
  'ieee',
  'springer',
  'official',
  'demo',
  'data',
  'dataset',
  'model',
  'models',
  'weights',
  'checkpoint',
  'tweet',
  'twitter',
  'youtube',
  'bibtex',
  'citation',
  'supp',
  'supplementary',
  'review',
  'reviews',
  'notes',
  'summary',
  'pytorch',
  'tensorflow',
  'tf',
  'jax',
  'keras',
  'hf',
  'huggingface',
  'colab',
  'official code',
  'book',
  'chapter',
  'thesis',
  'preprint',
  'article',
  'site',
  'docs',
  'documentation',
  'notebook',
  'tutorial',
  'presentation',
  'publication',
  'press',
  'news',
  'medium',
  'zhihu',
]);

// Labels that start with one of these words are labels too: `code & model`, `paper link`.
// `Code & Model`, `Paper link`, `PDF (2 MB)`: label words joined by small words, not a title
// that starts with one (`Video Diffusion Models`).
const connectors = new Set(['and', 'the', 'our', 'full', 'mb', 'kb', 'v1', 'v2']);

function letters(label: string): string {
  return label
    .toLowerCase()
    .replace(/[^\p{L}\p{N} ]/gu, '')
    .trim();
}

/** True for `pdf`, `[Paper]`, `Code & Model`, `arXiv`: words that name a link, not a paper. */
export function isLabelText(label: string): boolean {
  const plain = letters(label);
  if (labelWords.has(plain.replace(/ /gu, ''))) return true;
  // `plain` is trimmed, so splitting it gives no empty words; sizes such as `12` are left out.
  const words = plain.split(/\s+/u).filter((word) => !/^\d+$/u.test(word));
  return words.length > 1 && words.every((word) => labelWords.has(word) || connectors.has(word));
}

/** Labels that point at the paper itself, best first; the rest (code, slides…) are extras. */
const paperLabelRank = ['paper', 'pdf', 'arxiv', 'openreview', 'link', 'abs', 'doi', 'html', 'url'];

export function paperLabelRankOf(label: string): number {
  const plain = letters(label).replace(/ /gu, '');
  const rank = paperLabelRank.findIndex((word) => plain.startsWith(word));
  return rank === -1 ? paperLabelRank.length : rank;
}

const paperHosts =
  /(^|\.)(arxiv\.org|doi\.org|openreview\.net|aclanthology\.org|aclweb\.org|proceedings\.neurips\.cc|papers\.nips\.cc|neurips\.cc|proceedings\.mlr\.press|jmlr\.org|openaccess\.thecvf\.com|ecva\.net|ieeexplore\.ieee\.org|dl\.acm\.org|link\.springer\.com|sciencedirect\.com|ojs\.aaai\.org|aaai\.org|ijcai\.org|semanticscholar\.org|biorxiv\.org|medrxiv\.org|nature\.com|science\.org|usenix\.org|researchgate\.net|papers\.ssrn\.com|hal\.science|pmlr\.press)$/u;

/** A URL that points at a paper (a publisher, a preprint server, or a PDF), not at code or a site. */
export function isPaperUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return paperHosts.test(parsed.hostname.toLowerCase()) || /\.pdf$/iu.test(parsed.pathname);
}

/** Links into the document itself (`#a`, `./#a`, `README.md#a`): a table of contents, not papers. */
export function isNavigationUrl(raw: string): boolean {
  return /^(?:\.\/)?(?:[\w.-]*\.md)?#/iu.test(raw.trim());
}
