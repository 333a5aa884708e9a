/**
 * A title cut to about `max` characters at a word boundary, with an ellipsis, so a confirmation
 * names the paper without the name pushing out what happened to it.
 */
export function shortTitle(title: string, max = 40): string {
  const chars = Array.from(title.trim());
  if (chars.length <= max) return chars.join('');
  const cut = chars.slice(0, max).join('');
  const space = cut.lastIndexOf(' ');
  const words = space >= max / 2 ? cut.slice(0, space) : cut;
  return `${words.replace(/[\s,.;:–—-]+$/u, '')}…`;
}
