// `npm run lighthouse`: builds, serves dist/ gzipped as a CDN would (a small Node server, with the app's fallback to
// index.html), and runs Lighthouse in Debian's Chromium (CHROME_PATH) with the mobile and the desktop presets and
// their default throttling (simulated), LIGHTHOUSE_RUNS times each (3 by default) on the simulator; prints each run
// and the median and range. Not part of CI: scores move between runs on a shared machine.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

const DIST = join(fileURLToPath(new URL('../../dist', import.meta.url)));
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};
const gzipped = new Map();

const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  let file = normalize(join(DIST, path));
  if (!file.startsWith(DIST)) return res.writeHead(403).end();
  if (!existsSync(file) || statSync(file).isDirectory())
    file = existsSync(join(file, 'index.html')) ? join(file, 'index.html') : join(DIST, 'index.html');
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  const headers = {
    'Content-Type': type,
    'Cache-Control': path.startsWith('/assets/') ? 'max-age=31536000' : 'no-cache',
  };
  const body = readFileSync(file);
  if (/gzip/.test(req.headers['accept-encoding'] ?? '') && !type.startsWith('image/png')) {
    if (!gzipped.has(file)) gzipped.set(file, gzipSync(body, { level: 6 }));
    res.writeHead(200, { ...headers, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' }).end(gzipped.get(file));
  } else res.writeHead(200, headers).end(body);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  // LIGHTHOUSE_PRESETS=mobile runs one preset; LIGHTHOUSE_TASKS=1 prints each run's long main-thread tasks.
  const only = process.env.LIGHTHOUSE_PRESETS?.split(',');
  for (const [preset, config] of [
    ['mobile', undefined],
    ['desktop', desktopConfig],
  ].filter(([name]) => !only || only.includes(name))) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const result = await lighthouse(
        `${base}/`,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] },
        config,
      );
      const lhr = result?.lhr;
      const a = (id) => lhr?.audits[id]?.numericValue ?? NaN;
      const run = {
        performance: Math.round((lhr?.categories.performance.score ?? 0) * 100),
        accessibility: Math.round((lhr?.categories.accessibility.score ?? 0) * 100),
        fcp: a('first-contentful-paint'),
        lcp: a('largest-contentful-paint'),
        tbt: a('total-blocking-time'),
        cls: a('cumulative-layout-shift'),
      };
      runs.push(run);
      if (process.env.LIGHTHOUSE_TASKS)
        for (const task of lhr?.audits['long-tasks']?.details?.items ?? [])
          console.log(`  long task at ${task.startTime.toFixed(0)} ms: ${task.duration.toFixed(0)} ms, ${task.url}`);
      console.log(
        `${preset} run ${i + 1}: performance ${run.performance}, accessibility ${run.accessibility}, FCP ${(run.fcp / 1000).toFixed(2)} s, LCP ${(run.lcp / 1000).toFixed(2)} s, TBT ${run.tbt.toFixed(0)} ms, CLS ${run.cls.toFixed(3)}`,
      );
    }
    const stat = (k, f = (x) => x) => {
      const xs = runs.map((r) => r[k]);
      return `${f(median(xs))} (${f(Math.min(...xs))}–${f(Math.max(...xs))})`;
    };
    console.log(
      `${preset} median (range) of ${RUNS}: performance ${stat('performance')}, accessibility ${stat('accessibility')}, FCP ${stat('fcp', (x) => `${(x / 1000).toFixed(2)} s`)}, LCP ${stat('lcp', (x) => `${(x / 1000).toFixed(2)} s`)}, TBT ${stat('tbt', (x) => `${x.toFixed(0)} ms`)}`,
    );
  }
} finally {
  await chrome.kill();
  server.close();
}
