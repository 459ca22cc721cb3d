/// <reference types="vitest/config" />
// Vite build and dev server, plus the Vitest setup (unit tests in Node, component tests opt into jsdom).
import react from '@vitejs/plugin-react';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { defineConfig, minify, type Plugin } from 'vite';
import { CSP, EMBED_PATH, headersFile } from './src/lib/securityHeaders.ts';

/**
 * Production security: the CSP as a meta tag in index.html (not in dev, where Vite's HMR injects inline script),
 * dist/_headers for the headers only a server sends, and the embed page at embed/ (the same HTML; the app reads
 * the path) so those headers can let other sites frame the embed and nothing else.
 */
function securityHeaders(): Plugin {
  let outDir = 'dist';
  return {
    name: 'usmca-security-headers',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' },
    ],
    closeBundle() {
      writeFileSync(join(outDir, '_headers'), headersFile());
      mkdirSync(join(outDir, EMBED_PATH), { recursive: true });
      // The same page, marked so that the app opens its embed view whatever the link says.
      const html = readFileSync(join(outDir, 'index.html'), 'utf8').replace('<html ', '<html data-page="embed" ');
      writeFileSync(join(outDir, EMBED_PATH, 'index.html'), html);
    },
  };
}
/**
 * The project's input files, downloadable from the app (the Sources page): data/raw/* and data/SOURCES.md, copied
 * to dist/data/ at build and served from the same addresses in dev. A gzipped file is served unzipped, under its
 * name without ".gz" (servers send a .gz file as an encoding of its content, so the download would be the CSV
 * anyway, under the wrong name); a host compresses it on the wire. None is precached: only a download reads them.
 */
const SOURCE_FILES_DIR = 'data';
function sourceFiles(): Plugin {
  let outDir = 'dist';
  const files = () => [...readdirSync(join(SOURCE_FILES_DIR, 'raw')).map((f) => `raw/${f}`), 'SOURCES.md'];
  /** The address (under data/) and the bytes of each file. */
  const served = () =>
    new Map(
      files().map((f) => {
        const bytes = readFileSync(join(SOURCE_FILES_DIR, f));
        return f.endsWith('.gz') ? [f.slice(0, -3), gunzipSync(bytes)] : [f, bytes];
      }),
    );
  return {
    name: 'usmca-source-files',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = req.url?.startsWith('/data/') ? req.url.split('?')[0]!.slice('/data/'.length) : null;
        const bytes = path ? served().get(path) : undefined;
        if (!bytes) return next();
        res.setHeader(
          'Content-Type',
          path!.endsWith('.md') ? 'text/markdown; charset=utf-8' : 'text/csv; charset=utf-8',
        );
        res.end(bytes);
      });
    },
    closeBundle() {
      mkdirSync(join(outDir, 'data', 'raw'), { recursive: true });
      for (const [path, bytes] of served()) writeFileSync(join(outDir, 'data', path), bytes);
    },
  };
}
import { VitePWA } from 'vite-plugin-pwa';

/**
 * public/boot.js (the static screen's loading and failure messages, run before the app) is copied as written,
 * comments and all; the build minifies its copy, the one script of the first download that Vite does not. It runs
 * in writeBundle, before the service worker's precache list is made (closeBundle), so the list has its final bytes.
 */
function minifyBoot(): Plugin {
  let outDir = 'dist';
  return {
    name: 'usmca-minify-boot',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    async writeBundle() {
      const file = join(outDir, 'boot.js');
      const result = await minify('boot.js', readFileSync(file, 'utf8'));
      if (result.errors.length) this.error(`boot.js: ${result.errors.map((e) => e.message).join('; ')}`);
      writeFileSync(file, result.code);
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    securityHeaders(),
    sourceFiles(),
    minifyBoot(),
    // Offline after the first visit: the app shell, every chunk and the dataset are precached (Workbox).
    // Prompt mode: a new deploy's worker waits until the page says so (src/app/serviceWorker.ts), so an open page
    // never has its chunks swapped from under it.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'apple-touch-icon.png'],
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,json,webmanifest}'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // A first install takes the open page at once (offline from the first visit); an update still waits.
        clientsClaim: true,
        // The embed has its own address (and headers that let other sites frame it); it is never served from here.
        navigateFallbackDenylist: [/^\/embed\//],
      },
      manifest: {
        name: 'USMCA Tariff Simulator',
        short_name: 'USMCA Tariffs',
        description:
          'US tariffs on Canada and Mexico: duties, effective rates and trade at risk, recomputed on every change.',
        lang: 'en',
        start_url: '.',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0b5cad',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
    }),
  ],
  build: {
    target: 'es2022',
    // Every browser the es2022 target runs in has <link rel="modulepreload"> (Chrome 66, Firefox 115, Safari 17):
    // Vite's polyfill for it would be half a kilobyte of the first screen's script doing nothing.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // E2E_BUILD_TAG (the deploy test only) gives every file of a second build a new name, as a real deploy
        // does for the files whose code changed.
        ...(process.env.E2E_BUILD_TAG
          ? {
              entryFileNames: `assets/[name]-${process.env.E2E_BUILD_TAG}-[hash].js`,
              chunkFileNames: `assets/[name]-${process.env.E2E_BUILD_TAG}-[hash].js`,
            }
          : {}),
        codeSplitting: {
          groups: [
            // React, React DOM and the state and query libraries every screen runs: one file that changes only
            // when a library does, so a deploy of the app's own code leaves it in the browser's cache.
            {
              name: 'vendor',
              test: /\/node_modules\/(react|react-dom|scheduler|zustand|@tanstack)\//,
              priority: 2,
            },
            // The small modules of state, formatting and the model that every first screen runs, in one file
            // instead of a dozen of a few hundred bytes each (each costs a request and its own gzip overhead).
            // Saved-scenario storage (and zod with it) and the lesson plan stay out: they load with the saved panel.
            {
              name: 'app-core',
              // A module named here lands in the first screen's file even when only a lazy screen uses it, so the
              // list names what the first screen runs (securityHeaders and download, say, stay with their screens and downloads).
              // Fragments of a few hundred bytes the first screen also runs (the chart names, the headline cards,
              // the result hook) join it rather than travel as files of their own.
              test: /\/src\/(state\/(?!savedStorage|lessonPlan|stepWords)|lib\/(format|lazy|number|theme)|model\/(presets|types|simulate|engine|hts|programs|response)\.|i18n\/(index|labels)|charts\/(programs|stamp)|features\/results\/(useSimulation|HeadlineCards)|features\/present\/fullscreen|features\/saved\/text)/,
              priority: 1,
            },
          ],
        },
      },
    },
    sourcemap: false,
    reportCompressedSize: true,
  },
  test: {
    globals: true,
    environment: 'node',
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    benchmark: {
      include: ['tests/bench/**/*.bench.ts'],
    },
  },
});
