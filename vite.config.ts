/// <reference types="vitest/config" />
// Vite build and dev server, plus the Vitest setup (unit tests in Node, component tests opt into jsdom).
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
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
