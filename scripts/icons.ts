/**
 * Renders the app icons (PNG, for the web app manifest) from public/favicon.svg in Chromium.
 * Run after changing the SVG: npm run icons
 */
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, ensureChromium } from './chromium';

const svg = readFileSync('public/favicon.svg', 'utf8');
const ICONS = [
  { file: 'public/icon-192.png', size: 192, maskable: false },
  { file: 'public/icon-512.png', size: 512, maskable: false },
  // Maskable icons are cropped to a circle or squircle: full-bleed colour, artwork in the middle 80%.
  { file: 'public/icon-maskable-512.png', size: 512, maskable: true },
];

const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage();
for (const icon of ICONS) {
  const inner = icon.maskable ? Math.round(icon.size * 0.7) : icon.size;
  await page.setViewportSize({ width: icon.size, height: icon.size });
  await page.setContent(
    `<html><body style="margin:0;display:grid;place-items:center;width:${icon.size}px;height:${icon.size}px;background:${icon.maskable ? '#2f5bd3' : 'transparent'}">` +
      `<div style="width:${inner}px;height:${inner}px">${svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</div></body></html>`,
  );
  await page.screenshot({ path: icon.file, omitBackground: !icon.maskable });
  console.log(`wrote ${icon.file}`);
}
await browser.close();
