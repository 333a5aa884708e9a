import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import {
  renderFirstScreenOf,
  withBootScriptAndStylesheetsFirst,
  withFirstScreen,
} from './scripts/first-screen';
import { BOOT_SCRIPT } from './src/app/first-screen/boot-script';
import { CONTENT_SECURITY_POLICY } from './src/lib/csp';

/** The CSP goes into the built page only: the dev server needs inline scripts for hot reload. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'readmark-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

// The built page paints the list's first screen before any script file has loaded (the app
// takes over when it is ready), as its inline boot script decides; see src/app/first-screen/.
function firstScreen(): Plugin {
  return {
    name: 'readmark-first-screen',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: async (html) => {
        const file = 'public/catalogue.json';
        const withCopy = existsSync(file)
          ? withFirstScreen(html, await renderFirstScreenOf(readFileSync(file, 'utf8')))
          : html;
        return withBootScriptAndStylesheetsFirst(withCopy, BOOT_SCRIPT);
      },
    },
  };
}

// The catalogue is precached under its own URL so the app opens offline from the first visit,
// while the app's own requests for /catalogue.json go to the network first (a deployed list
// update shows up at once) and fall back to that precached copy.
const CATALOGUE_PRECACHE_URL = '/catalogue.json?precached';
function catalogueRevision(): string {
  const file = 'public/catalogue.json';
  return existsSync(file) ? createHash('sha256').update(readFileSync(file)).digest('hex') : 'none';
}

// micromark decodes character references with decode-named-character-reference, whose browser
// build calls `document`, which a worker lacks (the list import parses Markdown in a worker).
// Worker bundles take its plain build; so does the dev server, which cannot tell a worker's
// imports from the page's. The built page keeps the small DOM build.
const PLAIN_ENTITY_DECODER = createRequire(import.meta.url).resolve(
  'decode-named-character-reference',
);
function plainEntityDecoder(apply: 'build' | 'serve'): Plugin {
  const name = 'decode-named-character-reference';
  return {
    name: 'readmark-plain-entity-decoder',
    apply,
    enforce: 'pre',
    // The alias reaches the dev server's dependency pre-bundling; resolveId the worker bundles.
    config: () => ({ resolve: { alias: { [name]: PLAIN_ENTITY_DECODER } } }),
    resolveId: (source) => (source === name ? PLAIN_ENTITY_DECODER : null),
  };
}

export default defineConfig({
  plugins: [
    react(),
    plainEntityDecoder('serve'),
    contentSecurityPolicy(),
    firstScreen(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg'],
      manifest: {
        name: 'Readmark: a reading tracker for research papers',
        short_name: 'Readmark',
        description: 'Track what you read in an awesome list of papers, with notes and tags.',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#2f5bd3',
        background_color: '#f7f7f5',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: '/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        globIgnores: ['catalogue.json'],
        additionalManifestEntries: [{ url: CATALOGUE_PRECACHE_URL, revision: catalogueRevision() }],
        navigateFallback: '/index.html',
        cleanupOutdatedCaches: true,
        // The first service worker takes over the open page, so it works offline from the first visit.
        clientsClaim: true,
        runtimeCaching: [
          {
            urlPattern: ({ url }) => url.pathname === '/catalogue.json' && url.search === '',
            handler: 'NetworkFirst',
            options: {
              cacheName: 'readmark-catalogue',
              networkTimeoutSeconds: 4,
              precacheFallback: { fallbackURL: CATALOGUE_PRECACHE_URL },
            },
          },
        ],
      },
    }),
  ],
  worker: { plugins: () => [plainEntityDecoder('build')] },
  build: {
    rolldownOptions: {
      output: {
        codeSplitting: {
          // The libraries the list needs in one chunk: a dozen small shared chunks each pay for
          // their own request and compress worse apart.
          groups: [
            {
              name: 'core',
              test: /node_modules[\\/](react|react-dom|scheduler|dexie|dexie-react-hooks|@tanstack|wouter|zustand|use-sync-external-store|regexparam|mitt)[\\/]/,
            },
          ],
        },
      },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['tests/setup.ts'],
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
  },
});
