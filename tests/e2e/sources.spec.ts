// Sources (issue 12, item 3): the input files download as they are in the repository, every legal instrument is
// linked, the scenario can be cited, and the methodology and reality pages link here.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { openSimulator } from './helpers';

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

test('the input files download byte for byte, and every instrument has a link', async ({ page }) => {
  await page.goto('/?view=sources');
  await expect(page.getByRole('heading', { name: 'Sources', level: 2 })).toBeVisible();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download policy_measures.csv' }).click(),
  ]);
  // Compared as digests: a diff of two large buffers would take the test runner minutes to print.
  expect(sha(readFileSync((await file.path()) ?? ''))).toBe(sha(readFileSync('data/raw/policy_measures.csv')));
  const notes = await page.request.get('/data/SOURCES.md');
  expect(await notes.text()).toBe(readFileSync('data/SOURCES.md', 'utf8'));
  // The product table is served unzipped, as a CSV anyone can open.
  const products = await page.request.get('/data/raw/products_2024.csv');
  expect(sha(await products.body())).toBe(sha(gunzipSync(readFileSync('data/raw/products_2024.csv.gz'))));

  const legal = page.locator('#legal li');
  expect(await legal.count()).toBeGreaterThan(20);
  const hrefs = await legal.locator('a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  expect(hrefs).toHaveLength(await legal.count());
  expect(hrefs.every((h) => h.startsWith('https://'))).toBe(true);
  await expect(legal.filter({ hasText: 'FR 2026-15181' }).first().locator('a')).toHaveAttribute(
    'href',
    /federalregister\.gov/,
  );
});

test('cite this scenario: its name, the data version and the link that reproduces it', async ({ page }) => {
  await openSimulator(page, '/?v=2&preset=dec-2026&ca=40');
  await page.getByRole('button', { name: 'Share' }).click();
  const cite = page.getByRole('textbox', { name: 'Cite this scenario' });
  await expect(cite).toHaveValue(
    /^“Dec 2026: current law, edited”\. USMCA Tariff Simulator, data version [0-9a-f]{12} \(data to .+\)\. http:\/\/127\.0\.0\.1:\d+\/\?v=2.*ca=40.* \(accessed .+\)\.$/,
  );
  // The link in the citation opens the same numbers.
  const link = (await cite.inputValue()).match(/(http:\S+) \(accessed/)![1]!;
  const etr = await page.getByTestId('etr-CA').textContent();
  await openSimulator(page, link.replace(/^http:\/\/[^/]+/, ''));
  await expect(page.getByTestId('etr-CA')).toHaveText(etr!);
});

test('the methodology and the reality check link to the sources', async ({ page }) => {
  for (const [view, heading] of [
    ['methodology', 'How the numbers are made'],
    ['reality', 'The 2025 reality check'],
  ] as const) {
    await page.goto(`/?view=${view}`);
    await expect(page.getByRole('heading', { name: heading })).toBeVisible();
    // A file the page names is a link to that file.
    const named = await page.locator('#main').evaluate((main) => {
      const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
      const unlinked: string[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode())
        if (/SOURCES\.md|\.csv\b/.test(n.textContent ?? '') && !n.parentElement?.closest('a'))
          unlinked.push(n.textContent ?? '');
      return unlinked;
    });
    expect(named).toEqual([]);
    await page.getByRole('link', { name: 'the Sources page' }).click();
    await expect(page.getByRole('heading', { name: 'Sources', level: 2 })).toBeVisible();
    await expect(page).toHaveURL(/view=sources/);
  }
  // Each program's legal source in the methodology is a link.
  await page.goto('/?view=methodology');
  const sources = page.locator('.source-list li');
  await expect(sources.first()).toBeVisible();
  expect(await sources.count()).toBeGreaterThan(10);
  expect(await sources.locator('a').count()).toBe(await sources.count());
});

for (const theme of ['light', 'dark'] as const)
  test(`the Sources page has no accessibility violations (${theme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto('/?view=sources');
    await expect(page.locator('#legal li').first()).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
