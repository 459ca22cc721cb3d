// Offline: after one visit the service worker serves the app and the dataset with the network cut.
import { expect, test } from '@playwright/test';
import { drawCharts, openSimulator, serviceWorkerInControl } from './helpers';

test('works offline after the first visit, dataset included', async ({ page, context }) => {
  await openSimulator(page);
  await serviceWorkerInControl(page);
  const online = await page.getByTestId('etr-CA').textContent();
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByTestId('etr-CA')).toHaveText(online ?? '');
  // Still a working simulator, not a cached picture: the model runs and the lazy charts load from the cache.
  await page.getByRole('slider', { name: 'Canada: general rate' }).fill('70');
  await expect(page.getByTestId('etr-CA')).not.toHaveText(online ?? '');
  await drawCharts(page);
  // A new link opened offline works too.
  await page.goto('/?v=1&mx=50');
  await expect(page.getByRole('slider', { name: 'Mexico: general rate' })).toHaveValue('50');
  await context.setOffline(false);
});

test('is installable: a manifest with icons and a service worker', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const manifest = await (await request.get(`/${href?.replace(/^\//, '')}`)).json();
  expect(manifest.name).toBe('USMCA Tariff Simulator');
  expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  // The worker registers just after the first screen.
  await expect
    .poll(() => page.evaluate(async () => Boolean(await navigator.serviceWorker.getRegistration())))
    .toBe(true);
});
