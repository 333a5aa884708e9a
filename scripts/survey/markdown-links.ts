// Every absolute http(s) link in an awesome list, found with mdast rather than a regex so that
// `[x](url)`, `<url>` autolinks, bare `www.`/`https://` literals and `[x][ref]` reference links
// all count. Links inside code (fenced, indented or inline) never reach a `link` node, so they
// are left out for free. Raw HTML is the one place a regex is used: `href="…"` in html nodes.
import type { Nodes, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';

/** A link as written in the source, with its 1-based line. */
export type SourceLink = { url: string; line: number };

// The sections the parser leaves out on purpose, compared on letters and digits only. Kept as a
// copy (not imported) so the survey still measures the same thing while the parser is rewritten.
const excludedTitles = new Set(['license', 'licence', 'contributing', 'contributors']);
const hrefPattern = /\bhref\s*=\s*["']?([^"'\s>]+)/gi;

export function parseMarkdown(markdown: string): Root | undefined {
  try {
    return fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  } catch {
    // micromark recurses per nesting level: absurdly deep lists overflow the stack.
    return undefined;
  }
}

function nodeText(node: Nodes): string {
  if ('value' in node) return node.value;
  return 'children' in node ? node.children.map((child) => nodeText(child)).join('') : '';
}

function isExcludedHeading(text: string): boolean {
  return excludedTitles.has(text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ''));
}

/** Top-level nodes outside License/Contributing sections (and the headings nested in them). */
function includedNodes(root: Root): RootContent[] {
  const kept: RootContent[] = [];
  let excludedDepth: number | undefined;
  for (const node of root.children) {
    if (node.type === 'heading') {
      if (excludedDepth !== undefined && node.depth <= excludedDepth) excludedDepth = undefined;
      if (excludedDepth === undefined && isExcludedHeading(nodeText(node))) {
        excludedDepth = node.depth;
      }
    }
    if (excludedDepth === undefined) kept.push(node);
  }
  return kept;
}

function definitionsOf(root: Root): Map<string, string> {
  const definitions = new Map<string, string>();
  const stack: Nodes[] = [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.type === 'definition' && !definitions.has(node.identifier)) {
      definitions.set(node.identifier, node.url);
    }
    if ('children' in node) stack.push(...node.children);
  }
  return definitions;
}

function htmlLinks(value: string, firstLine: number): SourceLink[] {
  return [...value.matchAll(hrefPattern)].map((match) => {
    const before = value.slice(0, match.index);
    const url = (match[1] ?? '').replaceAll('&amp;', '&');
    return { url, line: firstLine + (before.match(/\n/g)?.length ?? 0) };
  });
}

function isAbsoluteHttp(url: string): boolean {
  return /^https?:\/\//i.test(url.trim()) && URL.canParse(url.trim());
}

/** Absolute http(s) links in document order; relative links and `#anchors` are not counted. */
export function findLinks(root: Root): SourceLink[] {
  const definitions = definitionsOf(root);
  const found: SourceLink[] = [];
  const stack: Nodes[] = includedNodes(root).reverse();
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    const line = node.position?.start.line ?? 0;
    if (node.type === 'link') found.push({ url: node.url, line });
    if (node.type === 'linkReference') {
      const url = definitions.get(node.identifier);
      if (url !== undefined) found.push({ url, line });
    }
    if (node.type === 'html') found.push(...htmlLinks(node.value, line));
    if ('children' in node) {
      for (let i = node.children.length - 1; i >= 0; i -= 1) {
        const child = node.children[i];
        if (child) stack.push(child);
      }
    }
  }
  return found
    .filter((link) => isAbsoluteHttp(link.url))
    .map((link) => ({ ...link, url: link.url.trim() }));
}
