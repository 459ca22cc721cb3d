// A first visit on a Fast-3G-like link (562 ms round trip, 1.44 Mbit/s down, 675 kbit/s up, as in Lighthouse's
// mobile throttling), no cache: when the first numbers are on screen, and whether the page is ever blank.
import { expect, test } from '@playwright/test';

test('cold visit on a throttled link: first paint and first numbers', async ({ browser }) => {
  const results: string[] = [];
  for (let run = 0; run < Number(process.env.BENCH_BLOCKS ?? 3); run++) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 562,
      downloadThroughput: (1.44e6 / 8) * 0.9,
      uploadThroughput: (675e3 / 8) * 0.9,
    });
    await page.goto('/', { waitUntil: 'commit' });
    await expect(page.getByTestId('etr-CA')).toHaveText(/\d\.\d\d%/, { timeout: 30_000 });
    const t = await page.evaluate(async () => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const fcp = await new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          const e = list.getEntries().find((x) => x.name === 'first-contentful-paint');
          if (e) resolve(e.startTime);
        }).observe({ type: 'paint', buffered: true });
        setTimeout(() => resolve(Number.NaN), 5000);
      });
      return { fcp, response: nav.responseEnd };
    });
    // The numbers are in the HTML, so they are on screen at the first contentful paint.
    await expect(page.getByTestId('etr-CA')).toBeVisible();
    const live = await page
      .waitForFunction(() => document.getElementById('root')?.dataset.app === 'running', null, { timeout: 60_000 })
      .then(() => page.evaluate(() => performance.now()));
    results.push(
      `run ${run + 1}: HTML received ${(t.response / 1000).toFixed(2)} s, first contentful paint (numbers included) ${(t.fcp / 1000).toFixed(2)} s, app live ${(live / 1000).toFixed(2)} s`,
    );
    expect(t.fcp).toBeLessThan(2500);
    await context.close();
  }
  const line = `Cold visit, Fast-3G-like link: ${results.join('; ')}`;
  console.log(line);
  test.info().annotations.push({ type: 'bench', description: line });
});
