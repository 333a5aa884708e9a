import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { DEEPXPLORE, holdPapersTable, openFromSearch } from './helpers';

test('a whole session survives a reload', async ({ page }) => {
  await page.goto('/');
  const detail = await openFromSearch(page, 'deepxplore', DEEPXPLORE);
  await detail.getByRole('radio', { name: 'Read', exact: true }).check();
  const notes = detail.getByRole('textbox', { name: 'Notes' });
  await notes.fill('## Takeaways\n\nNeuron coverage is a **weak** oracle.');
  await expect(detail.getByText('Saved')).toBeVisible();
  const addTag = detail.getByRole('combobox', { name: 'Add tag' });
  await addTag.fill('coverage');
  await addTag.press('Enter');
  await addTag.fill('to cite');
  await addTag.press('Enter');
  await expect(detail.getByRole('button', { name: 'Remove tag to cite' })).toBeVisible();

  await page.reload();
  const reopened = page.getByRole('dialog', { name: DEEPXPLORE });
  await expect(reopened.getByRole('radio', { name: 'Read', exact: true })).toBeChecked();
  await expect(reopened.getByRole('textbox', { name: 'Notes' })).toHaveValue(
    '## Takeaways\n\nNeuron coverage is a **weak** oracle.',
  );
  await expect(reopened.getByRole('button', { name: 'Remove tag coverage' })).toBeVisible();
  await expect(reopened.getByRole('button', { name: 'Remove tag to cite' })).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(reopened).toBeHidden();
  await expect(page.getByText('1/24 read').first()).toBeVisible();
});

async function tagPaper(page: Page, query: string, title: string, tag: string) {
  const detail = await openFromSearch(page, query, title);
  const addTag = detail.getByRole('combobox', { name: 'Add tag' });
  await addTag.fill(tag);
  await addTag.press('Enter');
  await expect(detail.getByRole('button', { name: `Remove tag ${tag}` })).toBeVisible();
  await detail.getByRole('button', { name: 'Back to the list' }).click();
  await expect(detail).toBeHidden();
}

test('filtering by a tag follows the tag when it is renamed', async ({ page }) => {
  await page.goto('/');
  const nnsmith = 'NNSmith: Generating Diverse and Valid Test Cases for Deep Learning Compilers';
  const neuri = 'NeuRI: Diversifying DNN Generation via Inductive Rule Inference';
  await tagPaper(page, 'nnsmith', nnsmith, 'compilers');
  await tagPaper(page, 'neuri', neuri, 'compilers');
  await page.getByRole('searchbox', { name: 'Search' }).fill('');

  await page.getByRole('combobox', { name: 'Filter by tag' }).selectOption('compilers');
  await expect(page).toHaveURL(/tag=compilers/);
  await expect(page.getByRole('article')).toHaveCount(2);

  await page.getByRole('link', { name: 'Tags' }).click();
  await page.getByRole('button', { name: 'Rename tag compilers' }).click();
  await page.getByRole('textbox', { name: 'New name for compilers' }).fill('dl compilers');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('link', { name: '#dl compilers' })).toBeVisible();

  await page.goBack();
  await expect(page).toHaveURL(/tag=dl\+compilers/);
  await expect(page.getByRole('button', { name: 'Remove tag filter dl compilers' })).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(2);
  await expect(page.getByRole('article', { name: nnsmith })).toBeVisible();
  await expect(
    page.getByRole('article', { name: nnsmith }).getByText('#dl compilers'),
  ).toBeVisible();
});

// The note tests hold the database while typing, so the note cannot reach it before the page
// goes away, whatever the timing: only the keystroke journal can bring it back.
test('a note typed just before a reload is kept', async ({ page }) => {
  await page.goto('/');
  const detail = await openFromSearch(page, 'deepxplore', DEEPXPLORE);
  const notes = detail.getByRole('textbox', { name: 'Notes' });
  await expect(notes).toBeEditable();
  await holdPapersTable(page);
  await notes.pressSequentially('typed fast', { delay: 5 });
  await page.reload();
  await expect(
    page.getByRole('dialog', { name: DEEPXPLORE }).getByRole('textbox', { name: 'Notes' }),
  ).toHaveValue('typed fast');
});

test('a note typed just before the tab is closed is kept', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('/');
  const detail = await openFromSearch(page, 'deepxplore', DEEPXPLORE);
  const notes = detail.getByRole('textbox', { name: 'Notes' });
  await expect(notes).toBeEditable();
  await holdPapersTable(page);
  await notes.pressSequentially('closing now', { delay: 5 });
  // With beforeunload handlers run, close() does not wait for the page to go: wait for it, so
  // the held transaction is gone and the next page starts on its own.
  const closed = page.waitForEvent('close');
  await page.close({ runBeforeUnload: true });
  await closed;

  const again = await context.newPage();
  await again.goto('/');
  const reopened = await openFromSearch(again, 'deepxplore', DEEPXPLORE);
  await expect(reopened.getByRole('textbox', { name: 'Notes' })).toHaveValue('closing now');
});

test('everything works with the keyboard alone', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('article').first()).toBeVisible();
  const search = page.getByRole('searchbox', { name: 'Search' });
  await search.focus();
  await page.keyboard.type('oracle issues');
  const title = 'Oracle Issues in Machine Learning and Where to Find Them';
  await expect(page.getByRole('article')).toHaveCount(1);

  // Tab from the search box to the paper's title, then open it.
  const link = page.getByRole('article', { name: title }).getByRole('link', { name: title });
  for (let i = 0; i < 20 && !(await link.evaluate((el) => el === document.activeElement)); i += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  const detail = page.getByRole('dialog', { name: title });
  await expect(detail).toBeVisible();

  // Tab to the status radios and choose "Reading" with the arrow keys.
  const unread = detail.getByRole('radio', { name: 'Unread' });
  for (
    let i = 0;
    i < 20 && !(await unread.evaluate((el) => el === document.activeElement));
    i += 1
  ) {
    await page.keyboard.press('Tab');
  }
  await expect(unread).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(detail.getByRole('radio', { name: 'Reading' })).toBeChecked();

  await page.keyboard.press('Escape');
  await expect(detail).toBeHidden();
  await expect(link).toBeFocused();
  await expect(
    page.getByRole('article', { name: title }).getByRole('combobox', { name: 'Status' }),
  ).toHaveValue('reading');
});
