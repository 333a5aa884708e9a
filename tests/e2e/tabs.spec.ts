import { expect, test } from './fixtures';
import { DEEPXPLORE, openFromSearch } from './helpers';

test('a change in one tab shows up in the other without a reload', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto('/');
  await b.goto('/?q=deepxplore');
  const inB = b.getByRole('article', { name: DEEPXPLORE });
  await expect(inB.getByRole('combobox', { name: 'Status' })).toHaveValue('unread');

  const detail = await openFromSearch(a, 'deepxplore', DEEPXPLORE);
  await detail.getByRole('radio', { name: 'Reading', exact: true }).check();
  const addTag = detail.getByRole('combobox', { name: 'Add tag' });
  await addTag.fill('seen-in-b');
  await addTag.press('Enter');

  await expect(inB.getByRole('combobox', { name: 'Status' })).toHaveValue('reading');
  await expect(inB.getByText('#seen-in-b')).toBeVisible();
});

test('the same note edited in two tabs keeps both texts', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto('/');
  await b.goto('/');
  const inA = await openFromSearch(a, 'deepxplore', DEEPXPLORE);
  const inB = await openFromSearch(b, 'deepxplore', DEEPXPLORE);
  const notesA = inA.getByRole('textbox', { name: 'Notes' });
  const notesB = inB.getByRole('textbox', { name: 'Notes' });
  await expect(notesA).toBeEditable();
  await expect(notesB).toBeEditable();

  // Both start typing before either has saved.
  await notesA.fill('Thought from tab A');
  await notesB.fill('Thought from tab B');
  await expect(inA.getByText('Saved', { exact: true })).toBeVisible();
  await expect(inB.getByText('Saved', { exact: true })).toBeVisible();

  const fresh = await context.newPage();
  await fresh.goto('/');
  const detail = await openFromSearch(fresh, 'deepxplore', DEEPXPLORE);
  const note = detail.getByRole('textbox', { name: 'Notes' });
  await expect(note).toHaveValue(/Thought from tab A/);
  await expect(note).toHaveValue(/Thought from tab B/);
  await expect(notesA).toHaveValue(
    /Thought from tab A[\s\S]*Thought from tab B|Thought from tab B[\s\S]*Thought from tab A/,
  );
});
