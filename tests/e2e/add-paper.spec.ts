import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page, Route } from '@playwright/test';
import { expect, test } from './fixtures';
import { DEEPXPLORE, restoreInFreshProfile, waitForServiceWorker } from './helpers';

const fixture = (name: string) => readFileSync(`tests/fixtures/papers/${name}`, 'utf8');
const ARXIV_TITLE =
  'Fuzzing Deep Learning Compilers with Differential Testing: A Study of Miscompilations';
const LLM_DATACENTER = 'Characterization of Large Language Model Development in the Datacenter';
const CROSSREF_TITLE = 'Robust k-Means & the 2-Norm: a Study';
// The page asks another origin: a real answer carries CORS headers, and so must these.
const CORS = { 'access-control-allow-origin': '*', 'access-control-expose-headers': 'Retry-After' };

type Answer = {
  status: number;
  body: string;
  contentType?: string;
  headers?: Record<string, string>;
};

/** Answers arXiv and Crossref from the test, keeping every address asked for. */
async function answerLookups(page: Page, answer: (url: URL) => Answer | 'offline') {
  const asked: string[] = [];
  const respond = async (route: Route) => {
    const url = new URL(route.request().url());
    asked.push(url.href);
    const reply = answer(url);
    if (reply === 'offline') return route.abort('internetdisconnected');
    await route.fulfill({
      status: reply.status,
      body: reply.body,
      contentType: reply.contentType ?? 'text/plain',
      headers: { ...CORS, ...reply.headers },
    });
  };
  await page.route('https://export.arxiv.org/**', respond);
  await page.route('https://api.crossref.org/**', respond);
  return asked;
}

const recorded = (url: URL): Answer =>
  url.host === 'export.arxiv.org'
    ? { status: 200, body: fixture('arxiv-2406.05555.xml'), contentType: 'application/atom+xml' }
    : { status: 200, body: fixture('crossref-markup.json'), contentType: 'application/json' };

async function addPaper(page: Page, text: string) {
  await page.getByRole('button', { name: 'Add paper' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add paper' });
  await dialog.getByRole('textbox', { name: 'Paper address or id' }).fill(text);
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  return dialog;
}

async function closeDetail(page: Page, title: string) {
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: title })).toBeHidden();
}

test('adds papers by arXiv id, by DOI and by a plain address, each opened in its detail', async ({
  page,
}) => {
  const asked = await answerLookups(page, recorded);
  await page.goto('/');
  await expect(page.getByRole('article').first()).toBeVisible();

  // By the keyboard: `a` opens the dialog.
  await page.keyboard.press('a');
  const dialog = page.getByRole('dialog', { name: 'Add paper' });
  await dialog.getByRole('textbox', { name: 'Paper address or id' }).fill('arXiv:2406.05555v2');
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  const arxiv = page.getByRole('dialog', { name: ARXIV_TITLE });
  await expect(arxiv.getByText('Ana Müller, Wei Zhang, José García')).toBeVisible();
  await expect(arxiv.getByText('arXiv · 2024')).toBeVisible();
  await expect(page).toHaveURL(/\/paper\/arxiv%3A2406\.05555$/);
  await closeDetail(page, ARXIV_TITLE);
  // Added papers live in My papers, now the list shown.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My papers');

  await addPaper(page, 'https://doi.org/10.1000/markup.2020');
  const doi = page.getByRole('dialog', { name: CROSSREF_TITLE });
  await expect(doi.getByText('Émile Zola, The Robustness Consortium')).toBeVisible();
  await expect(doi.getByText('Workshop on Robust Learning · 2020')).toBeVisible();
  await closeDetail(page, CROSSREF_TITLE);

  const web = await addPaper(page, 'https://www.usenix.org/conference/osdi24/presentation/x');
  await expect(
    web.getByText(
      'Readmark cannot look up details for a web address: type at least the title below.',
    ),
  ).toBeVisible();
  await web.getByRole('textbox', { name: 'Title' }).fill('A USENIX Paper');
  await web.getByRole('textbox', { name: 'Authors' }).fill('Ada Lovelace, Alan Turing');
  await web.getByRole('textbox', { name: 'Year' }).fill('2024');
  await web.getByRole('button', { name: 'Add', exact: true }).click();
  const usenix = page.getByRole('dialog', { name: 'A USENIX Paper' });
  await expect(usenix.getByText('Ada Lovelace, Alan Turing')).toBeVisible();
  await closeDetail(page, 'A USENIX Paper');

  await expect(page.getByRole('article')).toHaveCount(3);
  expect(asked).toEqual([
    'https://export.arxiv.org/api/query?id_list=2406.05555',
    'https://api.crossref.org/works/10.1000/markup.2020',
  ]);
});

test('a paper already on a list opens instead of being added again, saying so', async ({
  page,
}) => {
  const asked = await answerLookups(page, recorded);
  await page.goto('/');
  // DeepXplore is on the default list: its DOI opens it there, asking no one; so does an arXiv id.
  // This time from the command palette.
  await expect(page.getByRole('article').first()).toBeVisible();
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: 'Go to' }).fill('add paper');
  await page.getByRole('combobox', { name: 'Go to' }).press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Add paper' });
  await dialog
    .getByRole('textbox', { name: 'Paper address or id' })
    .fill('10.1145/3132747.3132785');
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByRole('dialog', { name: DEEPXPLORE })).toBeVisible();
  await expect(page.getByText('That paper is already in this list: here it is.')).toBeVisible();
  await closeDetail(page, DEEPXPLORE);
  await addPaper(page, 'https://arxiv.org/abs/2403.07648v2');
  await expect(page.getByRole('dialog', { name: LLM_DATACENTER })).toBeVisible();
  await closeDetail(page, LLM_DATACENTER);

  await addPaper(page, '2406.05555');
  await expect(page.getByRole('dialog', { name: ARXIV_TITLE })).toBeVisible();
  await closeDetail(page, ARXIV_TITLE);
  await page
    .getByRole('combobox', { name: 'List' })
    .selectOption('Awesome Machine Learning Reliability');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Awesome Machine Learning Reliability',
  );

  // In My papers, while another list shows: that list comes back with it open.
  await addPaper(page, 'https://arxiv.org/pdf/2406.05555v1.pdf');
  await expect(page.getByRole('dialog', { name: ARXIV_TITLE })).toBeVisible();
  await expect(page.getByText('That paper is already in My papers: here it is.')).toBeVisible();
  await closeDetail(page, ARXIV_TITLE);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My papers');
  expect(asked).toHaveLength(1);
});

test('a failing lookup says what happened and lets the details be typed', async ({
  page,
  context,
}) => {
  let arxivAnswer: Answer | 'offline' = {
    status: 503,
    body: 'Rate exceeded.',
    headers: { 'retry-after': '30' },
  };
  await answerLookups(page, (url) =>
    url.host === 'export.arxiv.org' ? arxivAnswer : { status: 404, body: 'Resource not found.' },
  );
  await page.goto('/');
  // Offline, the app's own files come from the service worker.
  await waitForServiceWorker(page);
  const dialog = await addPaper(page, '2406.05555');
  await expect(dialog.getByRole('alert')).toHaveText(
    'arXiv is turning requests away for now (too many in a short time). Try again in 30 seconds, or type the details below to add it anyway.',
  );

  arxivAnswer = { status: 200, body: fixture('arxiv-not-found.xml') };
  await dialog.getByRole('button', { name: 'Try again' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    'arXiv has no paper 2406.05555. Check the id, or type the details below to add it anyway.',
  );

  arxivAnswer = 'offline';
  await dialog.getByRole('button', { name: 'Try again' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    'Could not reach arXiv to look up 2406.05555: check your connection and try again, or type the details below to add it anyway.',
  );

  await context.setOffline(true);
  await dialog.getByRole('button', { name: 'Try again' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    'You are offline, so arXiv could not be asked about 2406.05555. Try again when you are online, or type the details below to add it anyway.',
  );
  await dialog.getByRole('textbox', { name: 'Title' }).fill('Typed while offline');
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Typed while offline' })).toBeVisible();
  await context.setOffline(false);
  await closeDetail(page, 'Typed while offline');

  const crossref = await addPaper(page, 'doi:10.5555/no.such.doi');
  await expect(crossref.getByRole('alert')).toHaveText(
    'Crossref has no record of DOI 10.5555/no.such.doi. Check the DOI, or type the details below to add it anyway.',
  );
});

test('a 50-entry BibTeX library comes in with a report, and a backup gives all of it back', async ({
  page,
  browser,
}) => {
  await answerLookups(page, recorded);
  await page.goto('/');
  const web = await addPaper(page, 'https://example.org/my-own-paper');
  await web.getByRole('textbox', { name: 'Title' }).fill('My own paper');
  await web.getByRole('button', { name: 'Add', exact: true }).click();
  const own = page.getByRole('dialog', { name: 'My own paper' });
  await own.getByRole('textbox', { name: 'Notes' }).fill('Typed in Readmark.');
  await expect(own.getByText('Saved', { exact: true })).toBeVisible();
  await own.getByRole('combobox', { name: 'Add tag' }).fill('own');
  await own.getByRole('combobox', { name: 'Add tag' }).press('Enter');
  await expect(own.getByRole('button', { name: 'Remove tag own' })).toBeVisible();

  await page.goto('/settings');
  await page.getByLabel('Import BibTeX').setInputFiles('tests/fixtures/papers/zotero-library.bib');
  await expect(
    page.getByText(
      'From zotero-library.bib: 43 papers added to My papers, 1 was already there (notes and tags merged), 6 entries skipped.',
    ),
  ).toBeVisible();
  const skipped = page.locator('.bibtex-report__skipped li');
  await expect(skipped).toHaveText([
    'untitled_2020 (line 44): it has no title',
    'empty_title_2022 (line 51): it has no title',
    'nolink_2018 (line 57): it has no DOI, arXiv eprint or web address (url)',
    'muller_naive_2021 (line 64): its key was already used on line 26',
    'deepxplore_copy (line 70): it is the same paper as pei_deepxplore_2017',
    'broken_missing_equals_2020 (line 268): it could not be read: “=” after the field “title” expected but found “{”',
  ]);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download backup' }).click(),
  ]);
  const backupPath = await download.path();
  const backup = JSON.parse(readFileSync(backupPath, 'utf8')) as {
    lists: { id: string; source: string; catalogue: { papers: unknown[] } }[];
  };
  expect(backup.lists.map(({ id, source }) => ({ id, source }))).toEqual([
    { id: 'my-papers', source: 'mine' },
  ]);
  expect(backup.lists[0]?.catalogue.papers).toHaveLength(44);

  const { fresh, other } = await restoreInFreshProfile(browser, backupPath);
  await expect(other.getByText(/Restored \d+ papers and 1 lists \(replace\)/)).toBeVisible();

  await other.getByRole('combobox', { name: 'List' }).selectOption('My papers');
  await other.getByRole('link', { name: 'Papers' }).click();
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('My papers');
  await expect(other.getByText('44 papers', { exact: false }).first()).toBeVisible();

  await other.getByRole('searchbox', { name: 'Search' }).fill('my own paper');
  await other.getByRole('article', { name: 'My own paper' }).getByRole('link').first().click();
  const restored = other.getByRole('dialog', { name: 'My own paper' });
  await expect(restored.getByRole('textbox', { name: 'Notes' })).toHaveValue('Typed in Readmark.');
  await expect(restored.getByRole('button', { name: 'Remove tag own' })).toBeVisible();
  await other.keyboard.press('Escape');

  const accents = 'Naïve Bayes für Schätzung – a Çelik–Erdős Straße study';
  await other.getByRole('searchbox', { name: 'Search' }).fill('naive bayes');
  await other.getByRole('article', { name: accents }).getByRole('link').first().click();
  const imported = other.getByRole('dialog', { name: accents });
  await expect(
    imported.getByText('Jörg Müller, José García, Jiří Škoda, Søren Østergaard'),
  ).toBeVisible();
  await expect(imported.getByRole('button', { name: 'Remove tag accents' })).toBeVisible();
  await other.keyboard.press('Escape');

  // DeepXplore was already on the default list: the file's note and tags joined it there.
  await other
    .getByRole('combobox', { name: 'List' })
    .selectOption('Awesome Machine Learning Reliability');
  await other.getByRole('searchbox', { name: 'Search' }).fill('deepxplore');
  await other
    .getByRole('article', { name: DEEPXPLORE })
    .getByRole('link', { name: DEEPXPLORE })
    .click();
  const deepxplore = other.getByRole('dialog', { name: DEEPXPLORE });
  await expect(deepxplore.getByRole('textbox', { name: 'Notes' })).toHaveValue(
    'Imported note: neuron coverage guides input generation.',
  );
  await expect(deepxplore.getByRole('button', { name: 'Remove tag to cite' })).toBeVisible();
  await fresh.close();
});

async function axeViolations(page: Page, screen: string): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return results.violations.map(
    (violation) =>
      `${screen}: ${violation.id} ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`,
  );
}

for (const scheme of ['light', 'dark'] as const) {
  test(`Add paper, a paper of My papers and the import report pass axe (${scheme})`, async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await page.emulateMedia({ colorScheme: scheme });
    await answerLookups(page, () => ({ status: 500, body: 'Internal error' }));
    await page.goto('/');
    const dialog = await addPaper(page, '2406.05555');
    await expect(dialog.getByRole('alert')).toContainText('HTTP 500');
    const found = await axeViolations(page, 'Add paper, lookup failed');
    await dialog.getByRole('textbox', { name: 'Title' }).fill('Checked by axe');
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    const detail = page.getByRole('dialog', { name: 'Checked by axe' });
    await detail.getByRole('button', { name: 'Edit details' }).click();
    await detail.getByRole('button', { name: 'New section' }).click();
    found.push(...(await axeViolations(page, 'paper of My papers, editing')));
    await page.goto('/settings');
    await page
      .getByLabel('Import BibTeX')
      .setInputFiles('tests/fixtures/papers/zotero-library.bib');
    await expect(page.getByText(/^From zotero-library\.bib/)).toBeVisible();
    found.push(...(await axeViolations(page, 'Import BibTeX report')));
    expect(found).toEqual([]);
  });
}
