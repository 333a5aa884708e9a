// Which links point at a paper. The rules are the publishers and preprint servers that the
// lists we surveyed actually link to, plus "any path ending in .pdf"; they stay rough on
// purpose: the survey compares parser versions, so a stable rule matters more than a perfect one.
import { paperIdFromUrl } from '../../src/lib/catalogue/paper-id';
import type { SourceLink } from './markdown-links';

type HostRule = { host: string; path?: RegExp };

const hostRules: readonly HostRule[] = [
  { host: 'arxiv.org', path: /^\/(?:abs|pdf|html)\// },
  { host: 'doi.org', path: /^\/10\./ },
  { host: 'dx.doi.org', path: /^\/10\./ },
  { host: 'dl.acm.org', path: /^\/doi\// },
  { host: 'openreview.net', path: /^\/(?:forum|pdf)/ },
  { host: 'aclanthology.org' },
  { host: 'aclweb.org', path: /^\/anthology\// },
  { host: 'proceedings.neurips.cc' },
  { host: 'papers.nips.cc' },
  { host: 'neurips.cc', path: /^\/paper/ },
  { host: 'proceedings.mlr.press' },
  { host: 'openaccess.thecvf.com' },
  { host: 'ieeexplore.ieee.org', path: /\/document\// },
  { host: 'link.springer.com' },
  { host: 'sciencedirect.com' },
  { host: 'usenix.org', path: /^\/conference\/[^/]+\/presentation\// },
  { host: 'ojs.aaai.org' },
  { host: 'ijcai.org', path: /^\/proceedings\// },
  { host: 'semanticscholar.org', path: /^\/paper\// },
  { host: 'biorxiv.org' },
  { host: 'medrxiv.org' },
];

function hostMatches(host: string, ruleHost: string): boolean {
  return host === ruleHost || host.endsWith(`.${ruleHost}`);
}

export function isPaperLikeUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  if (/\.pdf$/i.test(parsed.pathname)) return true;
  const host = parsed.hostname.toLowerCase();
  return hostRules.some(
    (rule) => hostMatches(host, rule.host) && (rule.path?.test(parsed.pathname) ?? true),
  );
}

/** A paper link counted once per paper id, at its first line. */
export type PaperLink = SourceLink & { id: string };

export function uniquePaperLinks(links: readonly SourceLink[]): PaperLink[] {
  const byId = new Map<string, PaperLink>();
  for (const link of links) {
    if (!isPaperLikeUrl(link.url)) continue;
    const id = paperIdFromUrl(link.url);
    if (!byId.has(id)) byId.set(id, { ...link, id });
  }
  return [...byId.values()];
}
