/**
 * Markdown export of everything (every paper, every note): from the click on Download to the
 * click on the generated download link, timed in the page; Playwright's `download` event then
 * confirms that a file really was produced.
 */
import type { Page } from '@playwright/test';

export const EXPORT_FORMATS = {
  md: 'Markdown, one file',
  zip: 'Markdown, a file per paper (.zip)',
} as const;
export type ExportFormatKey = keyof typeof EXPORT_FORMATS;

type Export = { t0: number; t1?: number };
type ExportWindow = Window & { __benchExport?: Export[] };

function exportProbe(): void {
  const probe = window as ExportWindow;
  if (probe.__benchExport) return;
  const exports: Export[] = [];
  probe.__benchExport = exports;
  document.addEventListener(
    'click',
    (event) => {
      const target = event.target;
      if (target instanceof HTMLAnchorElement && target.hasAttribute('download')) {
        const last = exports.at(-1);
        if (last && last.t1 === undefined) last.t1 = performance.now();
      } else if (
        target instanceof Element &&
        target.closest('button')?.textContent?.trim() === 'Download'
      ) {
        exports.push({ t0: performance.now() });
      }
    },
    true,
  );
}

/** Opens the Export dialog, downloads each format in turn, closes it; ms per format. */
export async function exportAll(
  page: Page,
  formats: readonly ExportFormatKey[],
): Promise<Record<ExportFormatKey, number>> {
  await page.evaluate(exportProbe);
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: /^Everything/ }).check();
  const times: Partial<Record<ExportFormatKey, number>> = {};
  for (const format of formats) {
    await dialog.getByRole('radio', { name: EXPORT_FORMATS[format] }).check();
    const downloading = page.waitForEvent('download', { timeout: 120_000 });
    await dialog.getByRole('button', { name: 'Download', exact: true }).click();
    const download = await downloading;
    if (await download.failure()) throw new Error(`${format} download failed`);
    await download.delete();
    const last = await page.evaluate(() => (window as ExportWindow).__benchExport?.at(-1));
    if (last?.t1 === undefined) throw new Error(`${format}: the download link was never clicked`);
    times[format] = last.t1 - last.t0;
  }
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
  return { md: times.md ?? NaN, zip: times.zip ?? NaN };
}
