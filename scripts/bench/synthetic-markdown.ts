/**
 * A synthetic catalogue written back as the awesome list it could have been read from, for the
 * app's own Settings → Add list: `#` title, `##`/`###` sections in outline order, one classic
 * entry per paper (`- [Title](url) [Tag], *VENUE YEAR*, [Code](url) - description`). Each paper
 * is written under its first section only, so the parsed list has the same papers in the same
 * order as the catalogue (and as the static page made from it).
 */
import type { Catalogue, CataloguePaper } from '../../src/lib/catalogue/schema';

function entry(paper: CataloguePaper): string {
  const tags = paper.tags.map((tag) => ` [${tag}]`).join('');
  const venue = paper.venue && paper.year ? `, *${paper.venue} ${paper.year}*` : '';
  const description = paper.description ? ` - ${paper.description}` : '';
  const links = paper.links.map((link) => `, [${link.label}](${link.url})`).join('');
  return `- [${paper.title}](${paper.url})${tags}${venue}${links}${description}`;
}

export function catalogueMarkdown(catalogue: Catalogue): string {
  const entries = new Map<string, string[]>();
  for (const paper of catalogue.papers) {
    const first = paper.sectionIds[0] ?? '';
    const list = entries.get(first) ?? [];
    list.push(entry(paper));
    entries.set(first, list);
  }
  const parts = [`# ${catalogue.title}`];
  for (const section of catalogue.sections) {
    parts.push(`${section.parentId === null ? '##' : '###'} ${section.title}`);
    const list = entries.get(section.id);
    if (list) parts.push(list.join('\n'));
  }
  return `${parts.join('\n\n')}\n`;
}
