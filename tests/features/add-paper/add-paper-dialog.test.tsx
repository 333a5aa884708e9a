import { readFileSync } from 'node:fs';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { db } from '../../../src/db/database';
import { MY_PAPERS_ID } from '../../../src/lib/papers/my-papers';
import { useOverlayStore } from '../../../src/stores/overlay-store';
import { useToastStore } from '../../../src/stores/toast-store';
import { resetDatabase } from '../../db/reset-database';
import { renderApp } from '../render-app';

const recorded = (name: string) => readFileSync(`tests/fixtures/papers/${name}`, 'utf8');
const ARXIV_TITLE =
  'Fuzzing Deep Learning Compilers with Differential Testing: A Study of Miscompilations';

// jsdom has no <dialog> behaviour; the browser's is tested end to end.
beforeAll(async () => {
  // The dialog's code loads on demand: compiled once here, not inside the first test's time.
  await import('../../../src/features/add-paper/add-paper-dialog');
  HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});

let requests: string[] = [];
function answerWith(respond: (url: string) => Response | Promise<Response>) {
  requests = [];
  vi.stubGlobal('fetch', (input: string) => {
    requests.push(input);
    return Promise.resolve(respond(input));
  });
}

beforeEach(async () => {
  await resetDatabase();
  useOverlayStore.getState().show(null);
  useToastStore.setState({ toasts: [] });
});
afterEach(() => vi.unstubAllGlobals());

async function openAddPaper() {
  const user = userEvent.setup();
  renderApp();
  await user.click(await screen.findByRole('button', { name: 'Add paper' }));
  const dialog = await screen.findByRole('dialog', { name: 'Add paper' });
  return { user, dialog };
}

async function add(user: ReturnType<typeof userEvent.setup>, dialog: HTMLElement, text: string) {
  const box = within(dialog).getByRole('textbox', { name: 'Paper address or id' });
  await user.clear(box);
  await user.type(box, text);
  await user.click(within(dialog).getByRole('button', { name: 'Add' }));
}

describe('the Add paper dialog', () => {
  it('looks an arXiv id up, adds the paper to My papers and opens it', async () => {
    answerWith(() => new Response(recorded('arxiv-2406.05555.xml'), { status: 200 }));
    const { user, dialog } = await openAddPaper();
    await add(user, dialog, 'arXiv:2406.05555v2');
    const detail = await screen.findByRole('dialog', { name: ARXIV_TITLE });
    expect(requests).toEqual(['https://export.arxiv.org/api/query?id_list=2406.05555']);
    expect(window.location.pathname).toBe('/paper/arxiv%3A2406.05555');
    expect(within(detail).getByText('Ana Müller, Wei Zhang, José García')).toBeInTheDocument();
    expect(await within(detail).findByRole('button', { name: 'Edit details' })).toBeVisible();
    expect(screen.getByText('Added “' + ARXIV_TITLE + '” to My papers.')).toBeInTheDocument();
    const list = await db.lists.get(MY_PAPERS_ID);
    expect(list?.catalogue.papers.map((paper) => paper.id)).toEqual(['arxiv:2406.05555']);
  });

  it('says what went wrong and lets the details be typed when the lookup fails', async () => {
    answerWith(() => new Response('Rate exceeded.', { status: 503 }));
    const { user, dialog } = await openAddPaper();
    await add(user, dialog, '2406.05555');
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'arXiv is turning requests away for now (too many in a short time). Try again in a minute, or type the details below to add it anyway.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));
    expect(
      within(dialog).getByText('Type the paper’s title: it is the one detail needed.'),
    ).toBeInTheDocument();
    await user.type(within(dialog).getByRole('textbox', { name: 'Title' }), 'Typed by hand');
    await user.type(within(dialog).getByRole('textbox', { name: 'Year' }), '2024');
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));
    const detail = await screen.findByRole('dialog', { name: 'Typed by hand' });
    expect(within(detail).getByText('2024')).toBeInTheDocument();
    expect(requests).toHaveLength(1);
  });

  it('tries again when asked, and adds what the service then says', async () => {
    let calls = 0;
    answerWith(() =>
      calls++ === 0
        ? new Response('oops', { status: 500 })
        : new Response(recorded('crossref-deepxplore.json'), { status: 200 }),
    );
    const { user, dialog } = await openAddPaper();
    await add(user, dialog, 'https://doi.org/10.1145/3132747.3132785');
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Crossref answered with an error (HTTP 500).',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Try again' }));
    await screen.findByRole('dialog', {
      name: 'DeepXplore: Automated Whitebox Testing of Deep Learning Systems',
    });
    expect(requests).toEqual([
      'https://api.crossref.org/works/10.1145/3132747.3132785',
      'https://api.crossref.org/works/10.1145/3132747.3132785',
    ]);
  });

  it('asks for a title for a plain address, without asking any service', async () => {
    answerWith(() => new Response('', { status: 500 }));
    const { user, dialog } = await openAddPaper();
    await add(user, dialog, 'openreview.net/forum?id=abc');
    expect(
      within(dialog).getByText(
        'Readmark cannot look up details for a web address: type at least the title below.',
      ),
    ).toBeInTheDocument();
    await user.type(within(dialog).getByRole('textbox', { name: 'Title' }), 'A web paper');
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));
    await screen.findByRole('dialog', { name: 'A web paper' });
    expect(requests).toEqual([]);
    expect((await db.lists.get(MY_PAPERS_ID))?.catalogue.papers[0]).toMatchObject({
      id: 'url:openreview.net/forum?id=abc',
      url: 'https://openreview.net/forum?id=abc',
    });
  });

  it('opens a paper already in the list instead of adding it, and says so', async () => {
    answerWith(() => new Response('', { status: 500 }));
    const { user, dialog } = await openAddPaper();
    await add(user, dialog, 'https://arxiv.org/abs/2302.04351v3');
    await screen.findByRole('dialog', {
      name: 'Fuzzing Automatic Differentiation in Deep-Learning Libraries',
    });
    expect(screen.getByText('That paper is already in this list: here it is.')).toBeInTheDocument();
    expect(requests).toEqual([]);
    expect(await db.lists.get(MY_PAPERS_ID)).toBeUndefined();
  });

  it('refuses what is not an address in words, and keeps the dialog open', async () => {
    answerWith(() => new Response('', { status: 500 }));
    const { user, dialog } = await openAddPaper();
    await add(user, dialog, 'javascript:alert(1)');
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      'Only http and https addresses can be added; this one starts with javascript:',
    );
    await waitFor(() => expect(requests).toEqual([]));
    expect(screen.getByRole('dialog', { name: 'Add paper' })).toBeInTheDocument();
  });

  it('lets the details of an added paper be edited and the paper put in a new section', async () => {
    answerWith(() => new Response('', { status: 500 }));
    const { user, dialog } = await openAddPaper();
    await add(user, dialog, 'https://example.org/paper');
    await user.type(within(dialog).getByRole('textbox', { name: 'Title' }), 'First title');
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));
    let detail = await screen.findByRole('dialog', { name: 'First title' });
    await user.click(await within(detail).findByRole('button', { name: 'Edit details' }));
    const title = within(detail).getByRole('textbox', { name: 'Title' });
    await user.clear(title);
    await user.type(title, 'Second title');
    await user.type(within(detail).getByRole('textbox', { name: 'Authors' }), 'A. One, B. Two');
    await user.click(within(detail).getByRole('button', { name: 'Save details' }));
    detail = await screen.findByRole('dialog', { name: 'Second title' });
    expect(within(detail).getByText('A. One, B. Two')).toBeInTheDocument();

    await user.click(within(detail).getByRole('button', { name: 'New section' }));
    await user.type(
      within(detail).getByRole('textbox', { name: 'Name of the new section' }),
      'Reading group',
    );
    await user.click(within(detail).getByRole('button', { name: 'Create' }));
    await waitFor(() =>
      expect(within(detail).getByRole('combobox', { name: 'Section' })).toHaveDisplayValue(
        'Reading group',
      ),
    );
    expect((await db.lists.get(MY_PAPERS_ID))?.catalogue).toMatchObject({
      sections: [{ id: 'reading-group', title: 'Reading group', parentId: null }],
      papers: [
        { title: 'Second title', authors: ['A. One', 'B. Two'], sectionIds: ['reading-group'] },
      ],
    });
  });
});
