// Words that lists use as link labels. A paper "titled" with one of them means the parser took a
// `[[pdf]](…)` label for the title; the same words mark link text that says nothing about the
// paper when the evidence heuristics read an entry.
export const labelWords: readonly string[] = [
  'pdf',
  'paper',
  'arxiv',
  'link',
  'code',
  'project',
  'slides',
  'video',
  'openreview',
  'github',
  'website',
  'blog',
  'here',
  'url',
  'download',
];

const labelTitle = new RegExp(`^[\\[(\`\\s]*(?:${labelWords.join('|')})[\\])\`\\s]*$`, 'i');

/** Empty, or one label word alone, in any case, with or without brackets: `[PDF]`, `(code)`. */
export function isLabelTitle(title: string): boolean {
  return title.trim() === '' || labelTitle.test(title);
}
