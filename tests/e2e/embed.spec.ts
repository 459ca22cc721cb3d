// Embeds that fit: the share panel's snippet sizes its iframe to the embed's content on another site's page, the
// embed can show one chart, fits a 360 px column, and registers no service worker when framed.
import { expect, test } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../playwright.config';
import { openSimulator } from './helpers';

// The host page is served by the test itself (a route), which Chrome counts as a public site: its local-network
// check would then stop it from framing the app on 127.0.0.1. On the web both are public and nothing is stopped.
test.use({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS, '--disable-features=LocalNetworkAccessChecks'],
  },
});

// Another origin (localhost is not 127.0.0.1), on the loopback too: Chrome blocks a public page framing a local one.
const HOST = 'http://localhost:4173/a-teachers-blog.html';

test('the embed snippet on another site fits its iframe to the content, with no service worker and no error', async ({
  page,
  context,
}, info) => {
  await openSimulator(page);
  await page.getByRole('button', { name: 'Share' }).click();
  const snippet = await page.getByLabel('Embed code').inputValue();
  expect(snippet).toContain('data-usmca-embed');
  // A host page on another origin, holding nothing but a heading and the snippet as pasted.
  const host = await context.newPage();
  const errors: string[] = [];
  host.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  host.on('pageerror', (e) => errors.push(e.message));
  await host.route(HOST, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html><body style="margin:0"><h1>A teacher's blog</h1>${snippet}</body></html>`,
    }),
  );
  await host.goto(HOST);
  const frame = host.frameLocator('iframe[data-usmca-embed]');
  await expect(frame.getByTestId('etr-CA')).toHaveText(/\d\.\d\d%/);
  const iframe = host.locator('iframe[data-usmca-embed]');
  // The iframe grows from the snippet's 720 px to the content's own height (within a pixel or two).
  await expect
    .poll(async () => {
      const content = await frame.locator('html').evaluate((el) => el.getBoundingClientRect().height);
      const box = await iframe.boundingBox();
      return Math.abs((box?.height ?? 0) - content);
    })
    .toBeLessThanOrEqual(2);
  expect((await iframe.boundingBox())?.height).toBeGreaterThan(720);
  // No service worker inside another site's page.
  const registration = await frame
    .locator('html')
    .evaluate(async () => (await navigator.serviceWorker?.getRegistration())?.scope ?? null);
  expect(registration).toBeNull();
  expect(errors).toEqual([]);
  // (A full-page capture leaves a cross-origin frame blank: the viewport shows it as a reader sees it.)
  await host.screenshot({ path: info.outputPath('embed-host.png') });
});

test('an edited preset is titled as edited, not as the untouched preset', async ({ page }) => {
  await page.goto('/embed/?v=2&embed=1&preset=nov-2025');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/: Nov 2025: the full set$/);
  await page.goto('/embed/?v=2&embed=1&preset=nov-2025&ca=60');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/: Nov 2025: the full set, edited$/);
});

test('chart= shows one chart; a chart it does not know shows them all, with a notice', async ({ page }) => {
  await page.goto('/embed/?v=2&embed=1&chart=sectors');
  await expect(page.locator('.sector-bars')).toHaveCount(2);
  await expect(page.getByTestId('etr-CA')).toHaveCount(0);
  await expect(page.locator('.program-bars')).toHaveCount(0);
  await page.goto('/embed/?v=2&embed=1&chart=why');
  await expect(page.locator('.program-bars')).toHaveCount(1);
  await expect(page.locator('.sector-bars')).toHaveCount(0);
  await page.goto('/embed/?v=2&embed=1&chart=pie');
  await expect(page.getByText(/chart = "pie"/)).toBeVisible();
  await expect(page.locator('.sector-bars')).toHaveCount(2);
  await expect(page.getByTestId('etr-CA')).toBeVisible();
});

test('the embed fits a 360 px column and names the long-run response when it is selected', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/embed/?v=2&embed=1&response=sector');
  await expect(page.getByTestId('etr-CA')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await expect(page.getByText(/long-run trade response, by sector/)).toBeVisible();
  await expect(page.getByText(/one-year trade response/)).toHaveCount(0);
});
