// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { cataloguePaper as paper } from '../../fixtures/catalogue-paper';
import { paperSearchDocument } from '../../../src/lib/search/paper-document';

describe('paperSearchDocument', () => {
  it("holds the list's text, the section names and the user's note and tags", () => {
    const document = paperSearchDocument(
      paper('p', {
        title: 'Widget Nets',
        venue: 'ICML',
        year: 2021,
        authors: ['Ada Quill', 'Bo Lind', 'et al.'],
        tags: ['vision'],
        description: 'A net of widgets.',
      }),
      7,
      { note: 'my thoughts', tags: ['to cite'] },
      'Testing Fuzzing',
    );
    expect(document).toEqual({
      id: 'p',
      order: 7,
      fields: {
        title: 'Widget Nets',
        venue: 'ICML 2021',
        authors: 'Ada Quill Bo Lind',
        tags: 'vision to cite',
        description: 'A net of widgets.',
        note: 'my thoughts',
        sections: 'Testing Fuzzing',
      },
    });
  });

  it('leaves empty what a paper without state, venue or description does not have', () => {
    expect(paperSearchDocument(paper('p', { year: 2020 }), 0, undefined).fields).toEqual({
      title: 'Paper p',
      venue: '2020',
      authors: '',
      tags: '',
      description: '',
      note: '',
      sections: '',
    });
  });
});
