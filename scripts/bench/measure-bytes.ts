/**
 * First-load bytes, from the build alone: the JS and CSS that dist/index.html loads (script
 * src, modulepreload, stylesheet), each gzipped at level 9, and every chunk in dist/assets.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export type Chunk = { file: string; rawKb: number; gzipKb: number };
export type BytesReport = {
  firstLoadJsKb: number;
  firstLoadCssKb: number;
  firstLoad: Chunk[];
  allChunksKb: number;
  /** Every chunk in dist/assets, largest (gzipped) first. */
  chunks: Chunk[];
};

const gzipKb = (data: Buffer) => gzipSync(data, { level: 9 }).length / 1024;

function chunk(distDir: string, file: string): Chunk {
  const data = readFileSync(join(distDir, file));
  return { file, rawKb: data.length / 1024, gzipKb: gzipKb(data) };
}

/** Paths of the JS and CSS index.html loads, relative to the build directory. */
export function firstLoadAssets(html: string): string[] {
  const found: string[] = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const attribute = (name: string) =>
      new RegExp(`\\s${name}\\s*=\\s*["']([^"']+)["']`, 'i').exec(tag)?.[1];
    const isScript = /^<script/i.test(tag);
    const rel = attribute('rel')?.toLowerCase() ?? '';
    const url = isScript ? attribute('src') : attribute('href');
    const wanted = isScript || rel === 'modulepreload' || rel === 'stylesheet';
    if (url && wanted && !/^[a-z]+:\/\//i.test(url)) found.push(url.replace(/^\//, ''));
  }
  return [...new Set(found)];
}

export function measureBytes(distDir: string): BytesReport {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const firstLoad = firstLoadAssets(html).map((file) => chunk(distDir, file));
  const sum = (chunks: Chunk[]) => chunks.reduce((total, c) => total + c.gzipKb, 0);
  const chunks = readdirSync(join(distDir, 'assets'))
    .filter((file) => /\.(m?js|css)$/.test(file))
    .map((file) => chunk(distDir, join('assets', file)))
    .sort((a, b) => b.gzipKb - a.gzipKb);
  return {
    firstLoadJsKb: sum(firstLoad.filter((c) => /\.m?js$/.test(c.file))),
    firstLoadCssKb: sum(firstLoad.filter((c) => c.file.endsWith('.css'))),
    firstLoad,
    allChunksKb: sum(chunks),
    chunks,
  };
}
