// Shared steps of the browser tests and the UI bench.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, type Page } from '@playwright/test';

/** Recharts charts on the default screen: the two rates over time and the sensitivity sweep (bars are HTML). */
export const RECHARTS_ON_SCREEN = 3;
/** The panels whose Recharts charts start only once they come near, with the charts each draws. */
const LAZY_PANELS = [
  ['#over-time', 2],
  ['#sensitivity', 1],
] as const;

/** Open the app and wait until the numbers and every lazy chart have drawn. */
export async function openSimulator(page: Page, path = '/') {
  await page.goto(path);
  await expect(page.getByTestId('etr-CA')).toHaveText(/\d[.,]\d\d\s?%/);
  // The line charts start when their panel comes near the viewport (NearView): scroll to each until it has drawn
  // (the build's static screen has the panels too, until the app replaces it), then back to the top.
  await page.bringToFront();
  for (const [panel, charts] of LAZY_PANELS)
    await expect(async () => {
      await page.locator(panel).scrollIntoViewIfNeeded({ timeout: 1000 });
      await expect(page.locator(`${panel} .recharts-cartesian-grid`)).toHaveCount(charts, { timeout: 1000 });
    }).toPass();
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(page.locator('.chart-loading')).toHaveCount(0);
  await expect(page.locator('.chart-body .recharts-cartesian-grid')).toHaveCount(RECHARTS_ON_SCREEN);
  await expect(page.locator('#sectors .sector-bars')).toHaveCount(2);
  await expect(page.locator('#why .program-bars')).toHaveCount(1);
}

/**
 * Draws every chart still waiting on the page: a chart far from the viewport starts only when its panel comes near
 * (NearView), so scroll each placeholder into view until none is left, then back to the top.
 */
export async function drawCharts(page: Page) {
  // A page in the background gets no frames, so no intersection reports either.
  await page.bringToFront();
  const waiting = page.locator('.chart-loading');
  const sweep = page.locator('#sensitivity');
  await expect(async () => {
    if ((await waiting.count()) > 0) await waiting.first().scrollIntoViewIfNeeded({ timeout: 1000 });
    else if ((await sweep.count()) > 0) await sweep.scrollIntoViewIfNeeded({ timeout: 1000 });
    await expect(waiting).toHaveCount(0, { timeout: 1000 });
    // On the simulator, the sweep's chart (the panel may not have arrived when the loop first looked).
    if ((await sweep.count()) > 0)
      await expect(sweep.locator('.recharts-cartesian-grid')).toHaveCount(1, { timeout: 1000 });
  }).toPass();
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** Gzipped size (KB) of the JavaScript the built page loads before anything else, and of all of it. */
export function initialJsKb(): { initialGz: number; totalGz: number; initialFiles: string[] } {
  const dir = join(import.meta.dirname, '..', '..', 'dist');
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const initial = [...html.matchAll(/(?:src|href)="\/([^"]+\.js)"/g)].map((m) => m[1]!);
  const size = (f: string) => gzipSync(readFileSync(join(dir, f))).length / 1024;
  const all = readdirSync(join(dir, 'assets')).filter((f) => f.endsWith('.js'));
  return {
    initialFiles: initial,
    initialGz: initial.reduce((s, f) => s + size(f), 0),
    totalGz: all.reduce((s, f) => s + size(`assets/${f}`), 0),
  };
}

/**
 * Wait until the presentation has taken the keyboard: it focuses itself in the same effect pass that adds its key
 * listener, so a key pressed after this is never lost to a page still finishing its first render.
 */
export async function presenting(page: Page) {
  await expect(page.getByRole('dialog')).toBeFocused();
}

/** Wait until the service worker has installed (precached everything) and controls the page. */
export async function serviceWorkerInControl(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise<void>((r) =>
        navigator.serviceWorker.addEventListener('controllerchange', () => r(), { once: true }),
      );
  });
}
