/**
 * The floor for "first paper shown": the same papers as plain HTML with no script at all, so
 * the browser can paint the first entry as soon as its bytes arrive.
 */
import type { Catalogue } from '../../src/lib/catalogue/schema';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (char) =>
    char === '&' ? '&amp;' : char === '<' ? '&lt;' : char === '>' ? '&gt;' : '&quot;',
  );

// Enough style to look like a list; inline, since a stylesheet request would delay the paint.
const STYLE = `body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1rem}
article{border-bottom:1px solid #ddd;padding:.75rem 0}h3{margin:0;font-size:1.05rem}
.meta{color:#555;margin:.25rem 0}.tag{border:1px solid #bbb;border-radius:1em;padding:0 .4em}`;

export function staticListPage(catalogue: Catalogue): string {
  const titles = new Map(catalogue.sections.map((section) => [section.id, section.title]));
  const parts = [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(catalogue.title)}</title><style>${STYLE}</style></head><body>`,
    `<h1>${escapeHtml(catalogue.title)}</h1><main>`,
  ];
  let section: string | undefined;
  for (const paper of catalogue.papers) {
    const first = paper.sectionIds[0];
    if (first !== section) {
      section = first;
      parts.push(`<h2>${escapeHtml(titles.get(first ?? '') ?? '')}</h2>`);
    }
    const meta = [paper.venue, paper.year].filter(Boolean).join(' · ');
    const tags = paper.tags.map((tag) => ` <span class="tag">${escapeHtml(tag)}</span>`).join('');
    parts.push(
      `<article><h3><a href="${escapeHtml(paper.url)}">${escapeHtml(paper.title)}</a></h3>`,
      `<p class="meta">${escapeHtml(meta)}${tags}</p>`,
      paper.description ? `<p>${escapeHtml(paper.description)}</p>` : '',
      '</article>',
    );
  }
  parts.push('</main></body></html>');
  return parts.join('\n');
}
