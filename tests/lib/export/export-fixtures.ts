import type { CataloguePaper } from '../../../src/lib/catalogue/schema';
import type { ExportInput, ExportPaper } from '../../../src/lib/export/export-input';
import type { PaperState } from '../../../src/lib/paper-state';

export const exportedAt = new Date('2026-11-26T10:00:00Z');

export function paper(overrides: Partial<CataloguePaper> = {}): CataloguePaper {
  return {
    id: 'arxiv:1904.03257',
    title: 'MLSys: The New Frontier of Machine Learning Systems',
    url: 'https://arxiv.org/pdf/1904.03257.pdf',
    sectionIds: ['background'],
    tags: [],
    links: [],
    ...overrides,
  };
}

export function state(overrides: Partial<PaperState> = {}): PaperState {
  return {
    id: 'arxiv:1904.03257',
    title: 'MLSys',
    url: 'https://arxiv.org/pdf/1904.03257.pdf',
    status: 'reading',
    startedAt: Date.UTC(2026, 0, 2, 12),
    note: '',
    tags: [],
    createdAt: 1,
    updatedAt: 2,
    ...overrides,
  };
}

export function entry(
  paperOverrides: Partial<CataloguePaper> = {},
  stateOverrides: Partial<PaperState> | null = {},
  sectionTitles = ['Background'],
): ExportPaper {
  const p = paper(paperOverrides);
  return {
    paper: p,
    state: stateOverrides === null ? undefined : state({ id: p.id, ...stateOverrides }),
    sectionTitles,
  };
}

export function input(papers: ExportPaper[], listTitle = 'Awesome ML Reliability'): ExportInput {
  return { listTitle, exportedAt, papers };
}

export const hostileTitles = [
  '---',
  'Key: # not a comment',
  'Quotes "double" and \'single\'',
  'Line one\nline two\r\nline three',
  '<script>alert(1)</script>',
  '机器学习系统的测试',
  'اختبار أنظمة التعلم الآلي',
  'मशीन लर्निंग परीक्षण',
  'Family 👨‍👩‍👧‍👦 and flags 🏳️‍🌈',
  'Braces {A} and {unbalanced and } % & $ # _ ~ ^ \\ end',
  '# [link](http://x) *bold* `code` | pipe',
  '  leading and trailing  ',
];

export const bigNote = `${'A long line of notes about the paper. '.repeat(40)}\n`.repeat(70);

export const hostileNotes = [
  '---\ntitle: fake front matter\n---',
  '# Heading\n\n---\n\nText: # not a heading',
  '<script>alert(1)</script>',
  'Quotes "double" and \'single\'\n\n```\n# not a heading\n```',
  '第一行\n第二行 🧑‍💻',
  '',
];
