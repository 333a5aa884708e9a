/**
 * The static copy of the list's first screen in index.html: rendered at build time from the
 * app's own components (through Vite, which compiles them as it does for the app), for the list
 * the build ships. The benchmark uses it too, for the lists it swaps in.
 */
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import type * as RendererModule from '../src/app/first-screen/render-first-screen';

type Renderer = typeof RendererModule;

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ROOT_ELEMENT = '<div id="root">';

let renderer: Promise<Renderer> | undefined;

/** The first screen of the list in `catalogueJson` (checked as the app checks it). */
export async function renderFirstScreenOf(catalogueJson: string): Promise<string> {
  // Compiled once per process: the benchmark renders one list per size.
  renderer ??= runnerImport<Renderer>('/src/app/first-screen/render-first-screen.tsx', {
    configFile: false,
    root: ROOT,
    logLevel: 'error',
  }).then(({ module }) => module);
  return (await renderer).renderFirstScreenOf(catalogueJson);
}

const START = '<!-- first screen -->';
const END = '<!-- /first screen -->';

/**
 * `html` (index.html) with `firstScreen` just before the app's root, which it lies over; one
 * written before (by the build, for another list) is replaced.
 */
export function withFirstScreen(html: string, firstScreen: string): string {
  const block = `${START}${firstScreen}${END}`;
  const start = html.indexOf(START);
  const end = html.indexOf(END);
  if (start >= 0 && end > start) return html.slice(0, start) + block + html.slice(end + END.length);
  const at = html.indexOf(ROOT_ELEMENT);
  if (at < 0) throw new Error(`index.html has no ${ROOT_ELEMENT}`);
  return `${html.slice(0, at)}${block}\n    ${html.slice(at)}`;
}

const STYLESHEET = /<link rel="stylesheet"[^>]*>\n?\s*/g;

/**
 * `html` with, right after its title, the inline boot script and then the stylesheets. The
 * first screen paints as soon as the stylesheets are here, and the build puts them after a dozen
 * module scripts, which over HTTP/1.1 (six connections) would make them wait in line. The boot
 * script goes before them: an inline script after a stylesheet waits for it to load.
 */
export function withBootScriptAndStylesheetsFirst(html: string, bootScript: string): string {
  const links = [...html.matchAll(STYLESHEET)].map(([link]) => link.trim());
  const rest = html.replace(STYLESHEET, '');
  const at = rest.indexOf('</title>');
  if (at < 0) throw new Error('index.html has no <title>');
  const end = at + '</title>'.length;
  const head = [`<script>${bootScript}</script>`, ...links].join('\n    ');
  return `${rest.slice(0, end)}\n    ${head}${rest.slice(end)}`;
}
