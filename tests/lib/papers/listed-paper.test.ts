// @vitest-environment node
import { CATALOGUE_SCHEMA_VERSION } from '../../../src/lib/catalogue/catalogue-version';
import {
  alreadyListedMessage,
  findListedPaper,
  type ListedCatalogue,
} from '../../../src/lib/papers/listed-paper';
import { MY_PAPERS_ID } from '../../../src/lib/papers/my-papers';
import { paperOf } from '../../../src/lib/papers/paper-details';

const deepXplore = (title: string) =>
  paperOf('doi:10.1145/3132747.3132785', 'https://doi.org/10.1145/3132747.3132785', {
    title,
    authors: ['Kexin Pei'],
  });

const listed = (id: string, title: string, paperTitle?: string): ListedCatalogue => ({
  id,
  title,
  catalogue: {
    schemaVersion: CATALOGUE_SCHEMA_VERSION,
    title,
    sections: [],
    papers: paperTitle === undefined ? [] : [deepXplore(paperTitle)],
  },
});

const fuzzing = listed('awesome-fuzzing', 'Awesome Fuzzing', 'DeepXplore (fuzzing)');
const mine = listed(MY_PAPERS_ID, 'My papers', 'DeepXplore (mine)');
const testing = listed('awesome-ml-testing', 'Awesome ML Testing', 'DeepXplore (testing)');
const id = 'doi:10.1145/3132747.3132785';

describe('where a paper already is', () => {
  it('looks in the list shown first, then My papers, then the others in order', () => {
    const lists = [fuzzing, mine, testing];
    expect(findListedPaper(id, lists, 'awesome-ml-testing')?.paper.title).toBe(
      'DeepXplore (testing)',
    );
    expect(findListedPaper(id, [fuzzing, testing, mine], 'awesome-lists')?.paper.title).toBe(
      'DeepXplore (mine)',
    );
    expect(findListedPaper(id, [fuzzing, testing], 'awesome-lists')?.list.id).toBe(
      'awesome-fuzzing',
    );
    expect(findListedPaper('arxiv:2403.07648', lists, 'awesome-fuzzing')).toBeNull();
  });

  it('tells the user which list has it', () => {
    const where = (list: ListedCatalogue) =>
      alreadyListedMessage({ list, paper: deepXplore('DeepXplore') }, 'awesome-fuzzing');
    expect(where(fuzzing)).toBe('That paper is already in this list: here it is.');
    expect(where(mine)).toBe('That paper is already in My papers: here it is.');
    expect(where(testing)).toBe('That paper is already on “Awesome ML Testing”: here it is.');
  });
});
