import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { expect, test } from './fixtures';
import { DEEPXPLORE, openFromSearch, waitForServiceWorker } from './helpers';

// This test deploys a new build, so it gets a server and a copy of the build of its own.
const PORT = 4181;
const ORIGIN = `http://127.0.0.1:${PORT}`;
let dir: string;
let server: ChildProcess;

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'readmark-deploy-'));
  cpSync('dist', dir, { recursive: true });
  // Node runs Vite directly (no npx wrapper), so killing this process stops the server.
  server = spawn(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'preview',
      '--outDir',
      dir,
      '--port',
      String(PORT),
      '--strictPort',
    ],
    { stdio: ['ignore', 'pipe', 'ignore'] },
  );
  // Vite prints the server's address once it listens; colours, if any, are stripped first.
  await new Promise<void>((resolve, reject) => {
    let output = '';
    server.stdout?.setEncoding('utf8');
    server.stdout?.on('data', (chunk: string) => {
      output += chunk;
      if (stripVTControlCharacters(output).includes(`${ORIGIN}/`)) resolve();
    });
    server.once('exit', (code) => reject(new Error(`preview server exited (${code})`)));
  });
});

test.afterAll(() => {
  server.kill();
  rmSync(dir, { recursive: true, force: true });
});

test('a new build shows "Update available", and a note being edited survives the reload', async ({
  page,
}) => {
  await page.goto(ORIGIN);
  await waitForServiceWorker(page);
  const detail = await openFromSearch(page, 'deepxplore', DEEPXPLORE);
  const notes = detail.getByRole('textbox', { name: 'Notes' });
  await expect(notes).toBeEditable();

  // Deploy: a changed service worker is a new version of the app.
  appendFileSync(join(dir, 'sw.js'), '\n// a new release\n');
  await page.evaluate(async () => (await navigator.serviceWorker.ready).update());

  const banner = page.getByText('Update available');
  await expect(banner).toBeVisible({ timeout: 15_000 });
  // The app never reloads by itself: the user is still typing.
  await notes.pressSequentially('typed while an update waits', { delay: 5 });
  await page.evaluate(() => Reflect.set(window, '__beforeUpdate', true));
  await page.getByRole('button', { name: 'Reload' }).click();

  // The page reloaded into the new version: the marker set on the old page is gone.
  await expect
    .poll(
      () =>
        page
          .evaluate(() => Reflect.get(window, '__beforeUpdate') ?? false)
          // Evaluating during the navigation itself fails: not reloaded yet.
          .catch(() => true),
      {
        timeout: 15_000,
      },
    )
    .toBe(false);
  const reopened = page.getByRole('dialog', { name: DEEPXPLORE });
  await expect(reopened.getByRole('textbox', { name: 'Notes' })).toHaveValue(
    'typed while an update waits',
  );
  await expect(page.getByText('Update available')).toBeHidden();
});
