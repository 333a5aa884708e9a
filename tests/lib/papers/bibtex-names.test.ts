// @vitest-environment node
import { bibtexNames } from '../../../src/lib/papers/bibtex-names';

describe('bibtexNames', () => {
  it('keeps an `and` inside nested braces as part of one corporate name', () => {
    expect(bibtexNames('{Centre for {AI} Safety and Research} and Kexin Pei')).toEqual([
      'Centre for AI Safety and Research',
      'Kexin Pei',
    ]);
  });

  it('keeps an `and` inside a braced name right after a separator', () => {
    expect(bibtexNames('Ashish Vaswani and {Google Brain and Google Research}')).toEqual([
      'Ashish Vaswani',
      'Google Brain and Google Research',
    ]);
  });

  it('ends the list at `others` even with a line break after it', () => {
    expect(bibtexNames('Pei, Kexin and\n  others\n')).toEqual(['Kexin Pei', 'et al.']);
  });

  it('gives no names, not a lone "et al.", for `others` alone', () => {
    expect(bibtexNames('others')).toEqual([]);
  });

  it('drops a name written as an empty group', () => {
    expect(bibtexNames('Kexin Pei and {}')).toEqual(['Kexin Pei']);
  });

  it('reads a name written with a trailing comma and no first name', () => {
    expect(bibtexNames('Aristotle, and Kexin Pei')).toEqual(['Aristotle', 'Kexin Pei']);
  });
});
