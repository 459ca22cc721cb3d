// `npm run lighthouse`: builds, serves the app on 127.0.0.1 and prints Lighthouse scores for each screen,
// in Debian's Chromium (CHROME_PATH), desktop settings. Not part of CI: scores move about ±0.02 between runs.
import { spawn } from 'node:child_process';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const PORT = 4180;
const base = `http://127.0.0.1:${PORT}`;
const pages = ['/', '/?view=methodology', '/?view=reality', '/?lang=fr', '/?present=1&lesson=builtin&at=3'];

const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], {
  stdio: 'ignore',
  detached: true,
});
const stop = () => {
  try {
    process.kill(-server.pid);
  } catch {
    // already gone
  }
};

try {
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(base)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    chromeFlags: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    for (const path of pages) {
      const result = await lighthouse(`${base}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        formFactor: 'desktop',
        screenEmulation: { mobile: false, width: 1350, height: 940, deviceScaleFactor: 1, disabled: false },
        throttlingMethod: 'provided',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      const c = result?.lhr.categories ?? {};
      const score = (k) => (c[k]?.score == null ? '–' : Math.round(c[k].score * 100));
      console.log(
        `${path.padEnd(34)} performance ${score('performance')}  accessibility ${score('accessibility')}  best practices ${score('best-practices')}  SEO ${score('seo')}`,
      );
    }
  } finally {
    await chrome.kill();
  }
} finally {
  stop();
}
