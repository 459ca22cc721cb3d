// A new deploy never breaks a running session: build A is served, then build B (every file renamed) on the same
// address; an open tab and a returning visitor must still open every screen, and are offered the new version.
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startStaticServer, type SwappableServer } from './staticServer';

const ROOT = join(import.meta.dirname, '..', '..');
const BUILD_A = join(ROOT, 'dist');
const BUILD_B = join(tmpdir(), 'usmca-deploy-build-b');
const PORT = 4181;

let server: SwappableServer;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  // Build A is the one the other browser tests use (dist/); build B is the next deploy.
  execFileSync('npx', ['vite', 'build', '--outDir', BUILD_B, '--emptyOutDir'], {
    cwd: ROOT,
    env: { ...process.env, E2E_BUILD_TAG: 'next' },
    stdio: 'ignore',
  });
  server = await startStaticServer(BUILD_A, PORT);
});

test.afterAll(async () => {
  await server?.close();
});

async function controlledBy(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise<void>((r) =>
        navigator.serviceWorker.addEventListener('controllerchange', () => r(), { once: true }),
      );
  });
}

/** Opens each screen and panel, and checks that none shows an error. */
async function everyScreenOpens(page: Page) {
  await page.getByRole('button', { name: 'Methodology' }).click();
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
  await page.getByRole('button', { name: '2025 reality check' }).click();
  await expect(page.locator('.chart-body .recharts-cartesian-grid').first()).toBeVisible();
  await page.getByRole('button', { name: 'Simulator' }).click();
  for (const tool of ['Share', 'Saved scenarios', 'Compare A vs B']) {
    await page.getByRole('button', { name: tool, exact: true }).click();
    await expect(page.locator('.toolbar [role="region"], .toolbar .tool-panel, .toolbar select').first()).toBeVisible();
  }
  await expect(page.getByText(/dynamically imported module|could not be downloaded|Something went wrong/)).toHaveCount(
    0,
  );
}

/** Which build the page runs ('loading' while it navigates). */
const servedBuild = (page: Page) =>
  page.evaluate(() => ([...document.scripts].some((s) => s.src.includes('-next-')) ? 'B' : 'A')).catch(() => 'loading');

test('an open tab and a returning visitor keep working across a deploy, and are offered the new version', async ({
  context,
}) => {
  test.setTimeout(90_000);
  server.serve(BUILD_A);
  const open = await context.newPage();
  await open.goto(`${server.url}/?v=1&ca=40`);
  await expect(open.getByTestId('etr-CA')).toHaveText(/\d\.\d\d%/);
  await controlledBy(open);

  server.serve(BUILD_B); // the deploy: A's files are gone from the server

  // A returning visitor, in a new tab: still build A from the cache. The new build's worker installs; until the
  // person reloads it must wait. (A worker that took over at once deleted the old chunks under every open page:
  // Methodology, Reality check, Share, Compare and Saved then failed to load.)
  const returning = await context.newPage();
  await returning.goto(`${server.url}/?v=1&mx=20`);
  await expect(returning.getByTestId('etr-MX')).toHaveText(/\d\.\d\d%/);
  await returning.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  await expect
    .poll(() => returning.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.installing === null))
    .toBe(true);
  // Both tabs now open every screen for the first time, so each lazy chunk is fetched after the deploy.
  await everyScreenOpens(open);
  expect(await servedBuild(open)).toBe('A');
  await everyScreenOpens(returning);
  const banner = returning.getByRole('status').filter({ hasText: 'A new version of the simulator is available' });
  await expect(banner).toBeVisible({ timeout: 20_000 });
  await returning.screenshot({ path: test.info().outputPath('update-banner.png') });
  await open.close();
  // Reload keeps the scenario (it is in the link) and brings build B.
  await banner.getByRole('button', { name: 'Reload' }).click();
  await expect.poll(() => servedBuild(returning), { timeout: 20_000 }).toBe('B');
  await expect(returning.getByRole('slider', { name: 'Mexico: general rate' })).toHaveValue('20');
  await everyScreenOpens(returning);
});

test('without a service worker, a chunk gone after a deploy reloads the page once, onto the new build', async ({
  browser,
}) => {
  server.serve(BUILD_A);
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${server.url}/?v=1&ca=40`);
  await expect(page.getByTestId('etr-CA')).toHaveText(/\d\.\d\d%/);
  server.serve(BUILD_B);
  await page.getByRole('button', { name: 'Methodology' }).click();
  await expect.poll(() => servedBuild(page), { timeout: 20_000 }).toBe('B');
  await expect(page.getByRole('button', { name: 'Methodology' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('slider', { name: 'Canada: general rate' })).toHaveCount(0);
  expect(new URL(page.url()).searchParams.get('ca')).toBe('40');
  await expect(page.getByText(/dynamically imported module|could not be downloaded/)).toHaveCount(0);
  await context.close();
});
