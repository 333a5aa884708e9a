import { paperIdFromUrl } from '../catalogue/paper-id';
import { arxivIdFromText } from './arxiv-id';

// A DOI is "10.", a registrant code, "/" and a suffix of anything printable.
const BARE_DOI = /^(?:doi:\s*)?(10\.\d{4,9}\/\S+)$/i;
const DOI_ADDRESS = /^(?:https?:\/\/)?(?:dx\.)?doi\.org\/(10\.\d{4,9}\/\S+)$/i;
// arXiv gives every paper a DOI of its own (Zotero exports it): the paper is the arXiv paper.
const ARXIV_DOI = /^10\.48550\/arxiv\.(.+)$/i;
const DOI_ID_PREFIX = 'doi:';

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * The DOI in `10.1145/3132747.3132785`, `doi:10.1145/…` or `https://doi.org/10.1145/…`, as
 * written (a DOI is case-insensitive; ids lower-case it). A full stop or comma copied from the
 * end of a reference is not part of it.
 */
export function doiFromText(text: string): string | null {
  const trimmed = text.trim().replace(/[.,;]$/, '');
  const bare = BARE_DOI.exec(trimmed)?.[1];
  if (bare) return bare;
  // An address may carry the DOI percent-encoded (`10.1109%2FSP.2017.49`).
  return DOI_ADDRESS.exec(safeDecode(trimmed))?.[1] ?? null;
}

/** The arXiv id behind an arXiv-issued DOI (`10.48550/arXiv.2403.07648`), else null. */
export function arxivIdOfDoi(doi: string): string | null {
  const match = ARXIV_DOI.exec(doi);
  return match?.[1] ? arxivIdFromText(match[1]) : null;
}

/** The doi.org address of a DOI; `?`, `#` and `%` escaped so they stay in the path. */
export function doiUrl(doi: string): string {
  return new URL(`https://doi.org/${doi.replace(/[?#%]/g, encodeURIComponent)}`).href;
}

/** The stable paper id the catalogue gives a link to this DOI (`doi:10.1145/3132747.3132785`). */
export function doiPaperId(doi: string): string {
  return paperIdFromUrl(doiUrl(doi));
}

/** The DOI inside a stable paper id, or null when the paper is not known by one. */
export function doiOfPaperId(paperId: string): string | null {
  return paperId.startsWith(DOI_ID_PREFIX) ? paperId.slice(DOI_ID_PREFIX.length) : null;
}
