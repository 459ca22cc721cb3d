// `npm run bench:ui`: slider-step latency in real Chromium against the production build (see tests/bench-ui).
import { defineConfig } from '@playwright/test';
import base, { CHROMIUM_ARGS } from './playwright.config';

export default defineConfig({
  ...base,
  testDir: 'tests/bench-ui',
  retries: 0,
  timeout: 180_000,
  use: {
    ...base.use,
    viewport: { width: 1440, height: 900 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      // Frames are produced as soon as they are ready instead of on a 60 Hz clock, so the timing measures
      // our work, not where the step fell within the display's refresh cycle.
      args: [...CHROMIUM_ARGS, '--disable-gpu-vsync', '--disable-frame-rate-limit'],
    },
  },
});
