// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { withKnownAuthors } from '../../../src/lib/export/known-authors';
import { paper } from './export-fixtures';

describe('withKnownAuthors', () => {
  it('fills in authors the list lacks from another source, by paper id', () => {
    const listed = [
      paper({ id: 'a' }),
      paper({ id: 'b', authors: ['et al.'] }),
      paper({ id: 'c', authors: ['Own Name'] }),
      paper({ id: 'd' }),
    ];
    const known = [
      paper({ id: 'a', authors: ['Kexin Pei', 'Yinzhi Cao'] }),
      paper({ id: 'b', authors: ['Jie M. Zhang', 'et al.'] }),
      paper({ id: 'c', authors: ['Other Name'] }),
      paper({ id: 'x', authors: ['Not Listed'] }),
    ];
    expect(withKnownAuthors(listed, known).map((p) => p.authors)).toEqual([
      ['Kexin Pei', 'Yinzhi Cao'],
      ['Jie M. Zhang', 'et al.'],
      ['Own Name'],
      undefined,
    ]);
  });
});
