import { trimEndOf } from './text';

// New-style (`1904.03257`) and old-style (`cs/0112017`, `math.GT/0309136`) arXiv identifiers.
const arxivPath =
  /^\/(?:abs|pdf|html|format)\/(\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Za-z]{2})?\/\d{7})(?:v\d+)?(?:\.pdf)?\/?$/i;
const acmDoiPath = /^\/doi\/(?:(?:abs|pdf|epdf|full|fullHtml)\/)?(10\..+)$/i;
const doiOrgPath = /^\/(10\..+)$/;

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function doiFrom(host: string, pathname: string): string | undefined {
  const match =
    host === 'dl.acm.org'
      ? acmDoiPath.exec(pathname)
      : host === 'doi.org' || host === 'dx.doi.org'
        ? doiOrgPath.exec(pathname)
        : null;
  const doi = trimEndOf(match?.[1] ?? '', '/');
  return doi ? safeDecode(doi).toLowerCase() : undefined;
}

function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url.trim());
    // Stryker disable next-line BlockStatement: an empty catch block returns undefined too
  } catch {
    return undefined;
  }
}

/**
 * A stable id for a paper, so the same paper linked from two lists (or twice in one) gets one
 * reading record: `arxiv:<id>` for arXiv, `doi:<doi>` for DOI links, else `url:<normalized url>`.
 */
export function paperIdFromUrl(url: string): string {
  const parsed = parseUrl(url);
  if (!parsed) return `url:${url.trim().replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')}`;
  const host = parsed.host.toLowerCase().replace(/^www\./, '');
  if (host === 'arxiv.org' || host === 'export.arxiv.org') {
    const match = arxivPath.exec(parsed.pathname);
    if (match?.[1]) return `arxiv:${match[1]}`;
  }
  const doi = doiFrom(host, parsed.pathname);
  if (doi) return `doi:${doi}`;
  const normalized = trimEndOf(`${host}${parsed.pathname}${parsed.search}`, '/');
  return `url:${normalized}`;
}
