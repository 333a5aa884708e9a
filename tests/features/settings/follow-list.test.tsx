import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { db } from '../../../src/db/database';
import { ListsSection } from '../../../src/features/settings/lists-section';
import { useListChecksStore } from '../../../src/stores/list-checks-store';
import { resetDatabase } from '../../db/reset-database';

// jsdom has no Worker, so the list is read on the page, by the same code the worker runs.
const README = 'https://raw.githubusercontent.com/acme/awesome-tests/HEAD/README.md';
const list = (...titles: string[]) =>
  `# Awesome Test Papers\n\n## Testing\n\n${titles
    .map((title) => `- [${title}](https://example.org/${title.toLowerCase()}) *ICSE 2021*`)
    .join('\n')}\n`;

let answer: () => Response;
const requested: string[] = [];

beforeEach(async () => {
  await resetDatabase();
  useListChecksStore.setState({ checks: {} });
  requested.length = 0;
  answer = () => new Response(list('Alpha', 'Beta'));
  vi.stubGlobal('fetch', async (url: string) => {
    requested.push(url);
    return url === README ? answer() : new Response(null, { status: 404 });
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

// The first list loads the Markdown parser, which takes a while on a busy machine.
const slow = { timeout: 10_000 };

async function addByAddress(address: string) {
  const user = userEvent.setup();
  render(<ListsSection defaultTitle="Default list" />);
  await user.type(screen.getByRole('textbox', { name: 'List address' }), address);
  await user.click(screen.getByRole('button', { name: 'Add list from address' }));
  return user;
}

describe('following a list by its address', () => {
  it('fetches the README, stores the list with its address and makes it the current list', async () => {
    await addByAddress('https://github.com/acme/awesome-tests');
    expect(await screen.findByText(/^Added “Awesome Test Papers”/, {}, slow)).toHaveTextContent(
      /^Added “Awesome Test Papers” from acme\/awesome-tests: 2 papers \(2 with a venue, 2 with a year, 0 with authors\)\. It is the current list now\. Go to the list$/,
    );
    const [stored] = await db.lists.toArray();
    expect(stored).toMatchObject({
      id: 'address:github.com/acme/awesome-tests',
      source: 'address',
      address: 'https://github.com/acme/awesome-tests',
      catalogue: { sourceUrl: 'https://github.com/acme/awesome-tests' },
    });
    expect(stored?.fileName).toBeUndefined();
    expect(stored?.checkedAt).toBe(stored?.addedAt);
    expect((await db.meta.get('activeListId'))?.value).toBe(stored?.id);
    // The field is ready for the next address.
    expect(screen.getByRole('textbox', { name: 'List address' })).toHaveValue('');
    const row = screen.getAllByRole('listitem')[1];
    expect(row).toHaveTextContent(
      /^Awesome Test Papers 2 papers, from acme\/awesome-tests, checked just nowCheckRemove$/,
    );
    expect(screen.getByRole('link', { name: 'acme/awesome-tests' })).toHaveAttribute(
      'href',
      'https://github.com/acme/awesome-tests',
    );
  });

  it('refuses an address that is not GitHub without fetching anything', async () => {
    await addByAddress('javascript:alert(1)');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Only GitHub addresses (https://github.com/owner/name) can be followed, not javascript: ones. Nothing was added.',
    );
    expect(requested).toEqual([]);
    expect(await db.lists.count()).toBe(0);
    // A refused address stays in the field, to be corrected.
    expect(screen.getByRole('textbox', { name: 'List address' })).toHaveValue(
      'javascript:alert(1)',
    );
  });

  it('says why GitHub gave nothing, and stores nothing', async () => {
    await addByAddress('https://github.com/acme/missing');
    expect(await screen.findByRole('alert', {}, slow)).toHaveTextContent(
      'No README found at https://github.com/acme/missing: is the repository public, and the address right? Nothing was added.',
    );
    expect(requested).toHaveLength(3);
    expect(await db.lists.count()).toBe(0);
  });
});

describe('checking a followed list for updates', () => {
  it('applies a new version and says what changed', async () => {
    const user = await addByAddress('acme/awesome-tests');
    await screen.findByText(/^Added/, {}, slow);
    answer = () => new Response(list('Beta', 'Gamma', 'Delta'));
    await user.click(screen.getByRole('button', { name: 'Check for updates' }));
    const status = await screen.findByText('Updated: 2 new papers, 1 gone.', {}, slow);
    expect(within(status).getByRole('button', { name: 'Show new papers' })).toBeVisible();
    const [stored] = await db.lists.toArray();
    expect(stored?.catalogue.papers.map((paper) => paper.title)).toEqual([
      'Beta',
      'Gamma',
      'Delta',
    ]);
    // What the user had seen is kept, so the list can show what is new.
    const seen = await db.meta.get('seen:list:https://github.com/acme/awesome-tests');
    expect(seen?.value).toMatchObject({
      paperIds: ['url:example.org/alpha', 'url:example.org/beta'],
    });
  });

  it('leaves the list exactly as it was when GitHub fails, and says why next to it', async () => {
    const user = await addByAddress('acme/awesome-tests');
    await screen.findByText(/^Added/, {}, slow);
    const before = await db.lists.toArray();
    answer = () => new Response('oops', { status: 500 });
    await user.click(screen.getByRole('button', { name: 'Check Awesome Test Papers for updates' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'GitHub answered with an error (HTTP 500); try again later. The list is unchanged.',
    );
    expect(await db.lists.toArray()).toEqual(before);

    answer = () => new Response('# Nothing here\n');
    await user.click(screen.getByRole('button', { name: 'Check for updates' }));
    expect(await screen.findByText(/^No papers found/)).toHaveTextContent(
      'No papers found in acme/awesome-tests/README.md: a list needs Markdown list items whose first link is the paper. The list is unchanged.',
    );
    expect(await db.lists.toArray()).toEqual(before);
  });
});
