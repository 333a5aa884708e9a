import { expect, test } from './fixtures';

const SECOND_LIST = `# Awesome Fuzzing Papers

## Grey-box

- [AFL++: Combining Incremental Steps of Fuzzing Research](https://www.usenix.org/conference/woot20/presentation/fioraldi), *WOOT'20* - The community fork of AFL.
- [Fuzzing Automatic Differentiation in Deep-Learning Libraries](https://arxiv.org/pdf/2302.04351) *ICSE 2023*

## Unsafe

- [Bad link](javascript:alert(1))
`;

test('a second list added from a Markdown file is switchable and shares state', async ({
  page,
}) => {
  // Mark a paper that is on both lists while in the default list.
  await page.goto('/?q=fuzzing%20automatic');
  const shared = 'Fuzzing Automatic Differentiation in Deep-Learning Libraries';
  await page
    .getByRole('article', { name: shared })
    .getByRole('combobox', { name: 'Status' })
    .selectOption('Read');
  await expect(page.getByText('All changes saved')).toBeVisible();

  await page.goto('/settings');
  await page.getByLabel('Add list').setInputFiles({
    name: 'awesome-fuzzing.md',
    mimeType: 'text/markdown',
    buffer: Buffer.from(SECOND_LIST),
  });
  await expect(page.getByText(/^Added “Awesome Fuzzing Papers”: 2 papers/)).toBeVisible();

  await page.getByRole('combobox', { name: 'List' }).selectOption('Awesome Fuzzing Papers');
  await page.getByRole('link', { name: 'Papers' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Awesome Fuzzing Papers');
  await expect(page.getByRole('article')).toHaveCount(2);
  await expect(
    page.getByRole('article', { name: shared }).getByRole('combobox', { name: 'Status' }),
  ).toHaveValue('read');

  // Back to the default list: the shared paper is in it, not "gone".
  await page
    .getByRole('combobox', { name: 'List' })
    .selectOption('Awesome Machine Learning Reliability');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Awesome Machine Learning Reliability',
  );
  await expect(page.getByText('Not in this list any more')).toHaveCount(0);
});

test('a file that is not a list is refused and changes nothing', async ({ page }) => {
  await page.goto('/settings');
  await page.getByLabel('Add list').setInputFiles({
    name: 'notes.md',
    mimeType: 'text/markdown',
    buffer: Buffer.from('# Just notes\n\nNo list here.'),
  });
  await expect(page.getByRole('alert')).toContainText('No papers found in notes.md');
  await expect(page.getByRole('combobox', { name: 'List' })).toHaveCount(0);
});
