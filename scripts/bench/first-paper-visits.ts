/**
 * The three visits "first paper shown" times, each in a fresh context (service workers blocked,
 * as in every bench context, so no visit is served from the app's precache):
 * - a first visit: empty storage and HTTP cache;
 * - a returning visitor: the app opened once, every paper's state (statuses, notes) written from
 *   the site's backup, then the list opened again in the same context (same origin storage, and
 *   the HTTP cache of that first visit);
 * - a list added in the app: the same papers as Markdown through Settings → Add list, made the
 *   current list with "List" in the header, then the list opened again. Only a frame showing the
 *   added list counts (the header's list choice says so), not one of the default list before it.
 * Before the timed visit of the last two, the app has kept the picture of the screen it shows
 * (waitForKeptPicture), as it does when a visitor leaves; the timed visit may paint that picture.
 * Each returns the first paper's frame, from navigation start of the timed visit.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { LAST_SCREEN_KEY } from '../../src/app/first-screen/first-screen-marks';
import { MAX_MARKDOWN_BYTES, megabytes } from '../../src/lib/catalogue/list-limits';
import { openApp, seedStates, waitForList } from './browser';
import { firstPaperProbe, waitForFirstPaper } from './first-paper-probe';
import type { MeasureContext } from './measure';
import { deadline } from './measure';
import { BACKUP_FILE } from './site';

/** The header's list choice, showing a list other than the default one. */
const ADDED_LIST_SHOWN = 'label.list-switcher select option:checked:not([value="default"])';

async function timedVisit(browserContext: BrowserContext, url: string, required?: string) {
  await browserContext.addInitScript(firstPaperProbe, required);
  const page = await browserContext.newPage();
  await page.goto(url, { waitUntil: 'commit' });
  return waitForFirstPaper(page);
}

export async function firstVisit(context: MeasureContext, url: string) {
  const browserContext = await context.contexts.cold();
  try {
    return await timedVisit(browserContext, url);
  } finally {
    await browserContext.close();
  }
}

/**
 * Waits until the picture the app keeps for the next start shows what the page shows: the same
 * read count and the same list chosen (a kept picture follows a change after a moment).
 */
async function waitForKeptPicture(page: Page) {
  await page.waitForFunction(
    (key) => {
      const kept = localStorage.getItem(key);
      if (!kept) return false;
      const picture = new DOMParser().parseFromString(kept, 'text/html');
      const live = document.getElementById('root');
      const read = (root: ParentNode | null) =>
        root?.querySelector('.app-header .progress__text')?.textContent;
      const list = (root: ParentNode | null, chosen: string) =>
        root?.querySelector(`label.list-switcher option${chosen}`)?.textContent ?? null;
      return read(picture) === read(live) && list(picture, '[selected]') === list(live, ':checked');
    },
    LAST_SCREEN_KEY,
    deadline(60_000),
  );
}

export async function returningVisit(context: MeasureContext) {
  const browserContext = await context.contexts.cold();
  try {
    const first = await openApp(browserContext, `${context.baseUrl}/`);
    const seeded = await seedStates(first, `${context.baseUrl}${BACKUP_FILE}`);
    if (seeded !== context.site.size) throw new Error(`seeded ${seeded} of ${context.site.size}`);
    // Written past the app: it reads them as a visitor's next start does, and pictures them.
    await first.reload({ waitUntil: 'commit' });
    await waitForList(first);
    await waitForKeptPicture(first);
    await first.close();
    return await timedVisit(browserContext, `${context.baseUrl}/`);
  } finally {
    await browserContext.close();
  }
}

/** Refuses early, with the app's own limit, a list the app would refuse. */
export function checkAddable(markdown: string): void {
  const bytes = Buffer.byteLength(markdown);
  if (bytes > MAX_MARKDOWN_BYTES) {
    throw new Error(
      `the list is ${megabytes(bytes)} of Markdown, over the app's ${megabytes(MAX_MARKDOWN_BYTES)} limit for an added list`,
    );
  }
}

export async function addedListVisit(context: MeasureContext, markdown: string) {
  const browserContext = await context.contexts.cold();
  try {
    const page = await browserContext.newPage();
    await page.goto(`${context.baseUrl}/settings`, { waitUntil: 'commit' });
    await page.getByLabel('Add list').setInputFiles({
      name: 'synthetic.md',
      mimeType: 'text/markdown',
      buffer: Buffer.from(markdown),
    });
    const added = page.getByRole('status').filter({ hasText: /^Added “/ });
    await added.waitFor({ state: 'visible', timeout: deadline(120_000).timeout });
    const message = (await added.textContent()) ?? '';
    const count = Number(/: ([\d,]+) papers?\b/u.exec(message)?.[1]?.replace(/,/g, '') ?? NaN);
    if (count !== context.site.size) throw new Error(`the added list has ${count} papers`);
    const choice = page.getByRole('combobox', { name: 'List' });
    await choice.selectOption({ index: 1 });
    // The choice shows what is stored: once it shows the added list, the reload will too.
    await page.waitForSelector(ADDED_LIST_SHOWN, { state: 'attached' });
    await waitForKeptPicture(page);
    await page.close();
    return await timedVisit(browserContext, `${context.baseUrl}/`, ADDED_LIST_SHOWN);
  } finally {
    await browserContext.close();
  }
}
