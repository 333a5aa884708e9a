/**
 * Takes the README's screenshots from the real app: builds it, serves it, seeds some reading
 * state through the UI, and captures the list and a paper at desktop and phone sizes, in light
 * and dark. Usage: npm run screenshots [-- --out <dir>]
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, ensureChromium } from './chromium';

const PORT = 4174;
const BASE = `http://127.0.0.1:${PORT}`;
const outIndex = process.argv.indexOf('--out');
const OUT = outIndex > 0 ? (process.argv[outIndex + 1] ?? 'docs/screenshots') : 'docs/screenshots';

async function waitForServer(url: string) {
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The preview server did not start at ${url}`);
}

async function seed(page: Page) {
  const mark = async (query: string, status: string, note?: string, tags: string[] = []) => {
    await page.getByRole('searchbox', { name: 'Search' }).fill(query);
    await page.getByRole('article').first().getByRole('link').first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: status, exact: true }).check();
    if (note) {
      await dialog.getByRole('textbox', { name: 'Notes' }).fill(note);
      await dialog.getByText('Saved').waitFor();
    }
    for (const tag of tags) {
      await dialog.getByRole('combobox', { name: 'Add tag' }).fill(tag);
      await dialog.getByRole('combobox', { name: 'Add tag' }).press('Enter');
    }
    await page.keyboard.press('Escape');
  };
  await mark('mlsys frontier', 'Read', 'A short **manifesto** for ML systems research.', [
    'survey',
  ]);
  await mark('hidden technical debt', 'Read', undefined, ['classic']);
  await mark('taxonomy real faults', 'Reading', undefined, ['bugs']);
  await mark(
    'deepxplore',
    'Read',
    '## Takeaways\n\n- Neuron coverage guides input generation.\n- Differential testing across **three** models finds disagreements.\n\n> Is coverage a good oracle? See follow-up work.\n\n```python\nloss = coverage(model, x) + diff(models, x)\n```',
    ['testing', 'to cite'],
  );
  await mark('nnsmith', 'To read', undefined, ['compilers']);
  await page.getByRole('searchbox', { name: 'Search' }).fill('');
}

// A second list, so the pictures show the header's list switcher as people with two lists see it.
const SECOND_LIST = `# Awesome Fuzzing Papers

## Grey-box

- [AFL++: Combining Incremental Steps of Fuzzing Research](https://www.usenix.org/conference/woot20/presentation/fioraldi), WOOT 2020
- [Fuzzing Automatic Differentiation in Deep-Learning Libraries](https://arxiv.org/abs/2302.04351), ICSE 2023
`;

async function addSecondList(page: Page) {
  await page.goto(`${BASE}/settings`);
  await page.getByLabel('Add list').setInputFiles({
    name: 'awesome-fuzzing.md',
    mimeType: 'text/markdown',
    buffer: Buffer.from(SECOND_LIST),
  });
  await page.getByText(/^Added “Awesome Fuzzing Papers”/).waitFor();
  await page.goto(BASE);
}

async function main() {
  const executablePath = ensureChromium();
  const build = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  // In a process group of its own: killing npx alone leaves vite serving the port.
  const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], {
    stdio: 'ignore',
    detached: true,
  });
  try {
    await waitForServer(BASE);
    mkdirSync(OUT, { recursive: true });
    const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    for (const scheme of ['light', 'dark'] as const) {
      for (const [name, viewport] of [
        ['desktop', { width: 1440, height: 900 }],
        ['phone', { width: 390, height: 844 }],
      ] as const) {
        const context = await browser.newContext({ viewport, colorScheme: scheme });
        const page = await context.newPage();
        await page.goto(BASE);
        await seed(page);
        await addSecondList(page);
        await page.evaluate(() => window.scrollTo(0, 0));
        // Confirmations fade by themselves; close them so the pictures show the app itself.
        for (const close of await page.getByRole('button', { name: 'Dismiss' }).all()) {
          await close.click();
        }
        await page.screenshot({ path: `${OUT}/list-${name}-${scheme}.png` });
        // On a phone the view choice waits behind Sort & filter.
        const more = page.getByRole('button', { name: /^Sort & filter/ });
        const phone = await more.isVisible();
        if (phone) await more.click();
        await page.getByRole('button', { name: 'Compact' }).click();
        if (phone) await more.click();
        await page.screenshot({ path: `${OUT}/compact-${name}-${scheme}.png` });
        if (phone) await more.click();
        await page.getByRole('button', { name: 'Cards' }).click();
        if (phone) await more.click();
        await page.getByRole('searchbox', { name: 'Search' }).fill('deepxplore');
        await page.getByRole('article').first().getByRole('link').first().click();
        await page.getByRole('dialog').getByRole('button', { name: 'Preview' }).click();
        await page.getByRole('dialog').getByText('Takeaways').waitFor();
        await page.screenshot({ path: `${OUT}/paper-${name}-${scheme}.png` });
        await page.getByRole('dialog').getByRole('button', { name: 'Write' }).click();
        await page.keyboard.press('Escape');
        await page.goto(`${BASE}/stats`);
        await page.getByRole('heading', { name: 'Stats', exact: true }).waitFor();
        await page.screenshot({ path: `${OUT}/stats-${name}-${scheme}.png` });
        await context.close();
      }
    }
    await browser.close();
    console.log(`screenshots written to ${OUT}/`);
  } finally {
    if (server.pid) process.kill(-server.pid);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
