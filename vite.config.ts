/// <reference types="vitest/config" />
// Vite build and dev server, plus the Vitest setup (unit tests in Node, component tests opt into jsdom).
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

export default defineConfig({
  plugins: [
    react(),
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
