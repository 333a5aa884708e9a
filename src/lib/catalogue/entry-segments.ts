import type { Nodes, PhrasingContent } from 'mdast';
import { isLinkNode } from './entry-links';
import { splitSegments } from './entry-meta';
import { collapseWhitespace } from './text';

/** A piece of an entry's text: a run of words between separators, or one bold or italic span. */
export type Segment = {
  text: string;
  /** Written in bold or italics. */
  styled: boolean;
  /** Written in quotes: the way some lists mark the title among the authors and venue. */
  quoted: boolean;
  /** Comes before the entry's first link. */
  beforeLink: boolean;
};

/**
 * Text content, leaving out links (collected on their own), images and raw HTML (which have no
 * children, so give nothing below).
 */
export function textOutsideLinks(node: Nodes): string {
  if (isLinkNode(node)) return '';
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'break') return ' ';
  if (!('children' in node)) return '';
  return node.children.map((child) => textOutsideLinks(child)).join('');
}

const quotedSpan = /["“]([^"“”\n]{3,}?)[.,]?["”]/gu;

/**
 * Splits an entry's nodes into segments, leaving links out: `**Title.** *A. Author*. ICML 2019.
 * [paper](u)` gives `Title.` (styled), `A. Author` (styled) and `ICML 2019`.
 */
export function entrySegments(nodes: readonly PhrasingContent[]): Segment[] {
  const segments: Segment[] = [];
  let buffer = '';
  let beforeLink = true;
  const push = (text: string, styled: boolean, quoted: boolean) => {
    // Quotes and stops around a title (`"**Title**."`) belong to neither side.
    const clean = collapseWhitespace(text).replace(/^[\s.,:;"”“]+/u, '');
    if (clean !== '') segments.push({ text: clean, styled, quoted, beforeLink });
  };
  /** Pushes the text read so far; says whether it ends in an opening quote. */
  const flush = (): boolean => {
    let last = 0;
    for (const match of buffer.matchAll(quotedSpan)) {
      for (const piece of splitSegments(buffer.slice(last, match.index))) push(piece, false, false);
      // Stryker disable next-line StringLiteral: the title group is not optional, so a match always has it; the fallback is for the type checker
      push(match[1] ?? '', false, true);
      last = match.index + match[0].length;
    }
    const rest = buffer.slice(last);
    for (const piece of splitSegments(rest.replace(/["“]\s*$/u, ''))) push(piece, false, false);
    buffer = '';
    return /["“]\s*$/u.test(rest);
  };
  for (const node of nodes) {
    if (node.type === 'text' || node.type === 'inlineCode') {
      buffer += node.value;
    } else if (node.type === 'strong' || node.type === 'emphasis' || node.type === 'delete') {
      const quoted = flush();
      push(textOutsideLinks(node), true, quoted);
      if (containsLink(node)) beforeLink = false;
    } else {
      flush();
      if (isLinkNode(node)) beforeLink = false;
    }
  }
  flush();
  return segments;
}

function containsLink(node: Nodes): boolean {
  if (isLinkNode(node)) return true;
  return 'children' in node && node.children.some((child) => containsLink(child));
}
