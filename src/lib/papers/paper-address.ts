import { paperIdFromUrl } from '../catalogue/paper-id';
import { arxivAbsUrl, arxivIdFromText, arxivIdOfPaperId, arxivPaperId } from './arxiv-id';
import { arxivIdOfDoi, doiFromText, doiOfPaperId, doiPaperId, doiUrl } from './doi';

/** What the user typed into "Add paper", read: how the paper is known and where it lives. */
export type PaperAddress =
  | { kind: 'arxiv'; arxivId: string; paperId: string; url: string }
  | { kind: 'doi'; doi: string; paperId: string; url: string }
  | { kind: 'web'; paperId: string; url: string };

export type AddressReading = { ok: true; address: PaperAddress } | { ok: false; message: string };

const LOOKS_LIKE_HOST = /^[\w-]+(?:\.[\w-]+)+(?:[/?#]|$)/;
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

function arxivAddress(arxivId: string, url = arxivAbsUrl(arxivId)): PaperAddress {
  return { kind: 'arxiv', arxivId, paperId: arxivPaperId(arxivId), url };
}

function doiAddress(doi: string, url = doiUrl(doi)): PaperAddress {
  const arxivId = arxivIdOfDoi(doi);
  if (arxivId) return arxivAddress(arxivId);
  return { kind: 'doi', doi, paperId: doiPaperId(doi), url };
}

function webAddress(text: string): AddressReading {
  const withScheme =
    HAS_SCHEME.test(text) || !LOOKS_LIKE_HOST.test(text) ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return {
      ok: false,
      message: `“${text}” is not an arXiv id, a DOI or a web address. Try 2403.07648, 10.1145/3132747.3132785 or https://…`,
    };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return {
      ok: false,
      message: `Only http and https addresses can be added; this one starts with ${url.protocol}`,
    };
  }
  // An address of an arXiv page or a DOI link is that paper: looked up like its id.
  const paperId = paperIdFromUrl(url.href);
  const arxivId = arxivIdOfPaperId(paperId);
  if (arxivId) return { ok: true, address: arxivAddress(arxivId, url.href) };
  const doi = doiOfPaperId(paperId);
  if (doi) return { ok: true, address: doiAddress(doi, url.href) };
  return { ok: true, address: { kind: 'web', paperId, url: url.href } };
}

/**
 * Reads an arXiv id or address (`2403.07648`, `arXiv:2403.07648v2`, `cs/0112017`,
 * `https://arxiv.org/abs/…`), a DOI or DOI address, or any http(s) address. The paper id is the
 * one the catalogue gives the same paper, so a paper later found in a list is the same paper.
 */
export function readPaperAddress(input: string): AddressReading {
  const text = input.trim();
  if (text === '') {
    return { ok: false, message: 'Type or paste an arXiv id, a DOI or the address of a paper.' };
  }
  const arxivId = arxivIdFromText(text);
  if (arxivId) return { ok: true, address: arxivAddress(arxivId) };
  const doi = HAS_SCHEME.test(text) && !/^doi:/i.test(text) ? null : doiFromText(text);
  if (doi) return { ok: true, address: doiAddress(doi) };
  return webAddress(text);
}
