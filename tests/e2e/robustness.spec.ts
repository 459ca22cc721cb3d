// Nothing lost, nothing stale, in real Chromium: saved work across tabs and bad entries, presentation history,
// a failed or silent load, and a Content-Security-Policy the app meets on every screen.
import { expect, test, type Page } from '@playwright/test';
import { drawCharts, openSimulator, presenting } from './helpers';

const seed = (page: Page, value: unknown) =>
  page.addInitScript((v) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem('usmca-sim:saved', JSON.stringify(v));
  }, value);

test('a saved entry whose date is not a date opens, loads, exports and deletes like any other', async ({ page }) => {
  await seed(page, {
    version: 1,
    items: [
      { id: 'a', name: 'Canada at 50%', savedAt: 'yesterday', search: '?v=1&ca=50' },
      { id: 'b', name: 'Mexico at 40%', savedAt: '2026-11-23T10:00:00.000Z', search: '?v=1&mx=40' },
    ],
  });
  await openSimulator(page);
  await page.getByRole('button', { name: 'Saved scenarios' }).click();
  const list = page.getByRole('region', { name: 'Saved scenarios' });
  // The saved list itself (the lesson plan below it names the same scenarios as its steps).
  const names = list.locator('.saved-name');
  await expect(names.getByText('Canada at 50%', { exact: true })).toBeVisible();
  await expect(list).toContainText('no date');
  await expect(page.getByRole('alert').filter({ hasText: 'Something went wrong' })).toHaveCount(0);
  await list.getByRole('button', { name: 'Load Canada at 50%' }).click();
  await expect(page.getByRole('slider', { name: 'Canada: general rate' })).toHaveValue('50');
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    list.getByRole('button', { name: /Export/ }).click(),
  ]);
  expect(file.suggestedFilename()).toBe('usmca-scenarios.json');
  await list.getByRole('button', { name: 'Delete Canada at 50%' }).click();
  await expect(list.getByText('Canada at 50%', { exact: true })).toHaveCount(0);
  await expect(names.getByText('Mexico at 40%', { exact: true })).toBeVisible();
});

test('two tabs: a save in each keeps both, and each tab’s list follows the other', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  for (const page of [a, b]) {
    await openSimulator(page);
    await page.getByRole('button', { name: 'Saved scenarios' }).click();
  }
  const save = async (page: Page, name: string) => {
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
    await page.getByRole('button', { name: 'Save current scenario' }).click();
  };
  await save(a, 'From tab A');
  await save(b, 'From tab B');
  for (const page of [a, b]) {
    const list = page.getByRole('region', { name: 'Saved scenarios' });
    await expect(list.locator('.saved-name').getByText('From tab A', { exact: true })).toBeVisible();
    await expect(list.locator('.saved-name').getByText('From tab B', { exact: true })).toBeVisible();
  }
  // A delete in B shows in A too, and A's next save does not bring it back.
  await b.getByRole('button', { name: 'Delete From tab A' }).click();
  await expect(
    a.getByRole('region', { name: 'Saved scenarios' }).locator('.saved-name').getByText('From tab A', { exact: true }),
  ).toHaveCount(0);
  await save(a, 'Again from A');
  const stored = await a.evaluate(() =>
    (JSON.parse(localStorage.getItem('usmca-sim:saved') ?? '{}') as { items: { name: string }[] }).items.map(
      (i) => i.name,
    ),
  );
  expect(stored).toEqual(['From tab B', 'Again from A']);
});

test('presentation: Back shows the numbers of the step its title names; Esc after Back leaves present=1 out', async ({
  page,
}) => {
  await openSimulator(page);
  await page.getByRole('button', { name: 'Present: the tariff path, 2025–2026' }).click();
  await expect(page.getByRole('dialog')).toContainText('step 1 of 17');
  await presenting(page);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('dialog')).toContainText('step 2 of 17');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('dialog')).toContainText('step 3 of 17');
  const step2 = page.url().replace('at=3', 'at=2');
  await page.goBack();
  await expect(page.getByRole('dialog')).toContainText('step 2 of 17');
  const shown = await page.getByTestId('present-etr-CA').textContent();
  // Exactly what opening step 2's link shows.
  const fresh = await page.context().newPage();
  await fresh.goto(step2);
  await expect(fresh.getByRole('dialog')).toContainText('step 2 of 17');
  await expect(fresh.getByTestId('present-etr-CA')).toHaveText(shown ?? '');
  await expect(fresh.getByRole('heading', { level: 2 }).first()).toHaveText(
    (await page.getByRole('heading', { level: 2 }).first().textContent()) ?? '',
  );
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(page.url()).not.toContain('present=');
});

test('if the app’s script cannot be downloaded, the page says so instead of staying blank', async ({ page }) => {
  await page.route(/\/assets\/index-[^/]+\.js$/, (route) => route.abort());
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('The app could not load');
  await expect(page.getByRole('button', { name: /Reload/ })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('load-failure.png') });
});

test('a dataset that never answers ends on the error screen with Retry, which then loads it', async ({ page }) => {
  await page.clock.install();
  let hang = true;
  await page.route('**/data/dataset.json', async (route) => {
    if (hang) return; // never answered
    await route.continue();
  });
  await page.goto('/');
  await expect(page.getByRole('status').filter({ hasText: 'Loading trade data' })).toBeVisible();
  // The download is tried twice (once more after a blip), 15 s each: let the page's clock run until it gives up.
  const error = page.getByRole('alert').filter({ hasText: 'The trade data did not load' });
  for (let waited = 0; waited < 40_000 && !(await error.isVisible()); waited += 1_000)
    await page.clock.fastForward(1_000);
  await expect(error).toContainText('did not arrive within 15 s');
  hang = false;
  await error.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByTestId('etr-CA')).toHaveText(/\d\.\d\d%/);
});

const SCREENS = [
  '/',
  '/?view=methodology',
  '/?view=reality',
  '/?v=1&cmp=1&b.preset=pre-2025',
  '/embed/?v=1',
  '/?present=1&lesson=builtin&at=3',
];

test('the Content-Security-Policy is in force and no screen breaks it', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { cspViolations: string[] }).cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { cspViolations: string[] }).cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  for (const path of SCREENS) {
    await page.goto(path);
    await expect(page.locator('#main h2, .embed h1').first()).toBeVisible();
    await drawCharts(page);
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations), path).toEqual(
      [],
    );
  }
  // Exports, Share and the QR code: the parts that make images and blobs.
  await openSimulator(page);
  await Promise.all([
    page.waitForEvent('download'),
    page
      .getByRole('button', { name: /as PNG/ })
      .first()
      .click(),
  ]);
  await Promise.all([
    page.waitForEvent('download'),
    page
      .getByRole('button', { name: /as SVG/ })
      .first()
      .click(),
  ]);
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  await page.goto('/?present=1&lesson=builtin&at=2');
  await expect(page.getByRole('dialog')).toContainText('step 2 of 17');
  await presenting(page);
  await page.keyboard.press('q');
  await expect(page.getByRole('img', { name: /QR code/ })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
  // The policy is really there: an inline script is refused.
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.inlineRan = true';
    document.head.append(s);
    return (window as unknown as { inlineRan?: boolean }).inlineRan === true;
  });
  expect(ran).toBe(false);
});

test('the embed page is the embed view, and a theme or cmp value from the link gets a notice when it is wrong', async ({
  page,
}) => {
  await page.goto('/embed/?v=1&ca=40');
  await expect(page.getByRole('link', { name: 'Open in the USMCA Tariff Simulator' })).toHaveAttribute(
    'href',
    /^http:\/\/127\.0\.0\.1:\d+\/\?v=2&ca=40/,
  );
  await expect(page.getByRole('slider')).toHaveCount(0);
  await page.goto('/?v=1&theme=neon&cmp=maybe');
  const notice = page.getByRole('alert').filter({ hasText: 'settings in this link could not be used' });
  await expect(notice).toContainText('theme = "neon"');
  await expect(notice).toContainText('cmp = "maybe"');
  await page.goto('/?theme=dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('a 10,000-entry import keeps the page usable: 500 are kept, the rest are counted, the list shows 50 at a time', async ({
  page,
}) => {
  await openSimulator(page);
  await page.getByRole('button', { name: 'Saved scenarios' }).click();
  const items = Array.from({ length: 10_000 }, (_, i) => ({
    id: 'same', // one id for all: each must still get its own
    name: `Imported ${i + 1}`,
    savedAt: '2026-11-23T10:00:00.000Z',
    search: `?v=1&ca=${i % 100}`,
  }));
  const file = JSON.stringify({ app: 'usmca-tariff-simulator', version: 1, exportedAt: '2026-11-23T10:00:00Z', items });
  await page.getByLabel('Import scenarios from a file').setInputFiles({
    name: 'many.json',
    mimeType: 'application/json',
    buffer: Buffer.from(file),
  });
  await expect(page.getByRole('alert').filter({ hasText: 'Some of the file could not be used' })).toContainText(
    '9500 scenario(s) were not imported',
  );
  const list = page.getByRole('region', { name: 'Saved scenarios' });
  await expect(list.locator('.saved-list > li')).toHaveCount(50);
  await list.getByRole('button', { name: 'Show 50 more' }).click();
  await expect(list.locator('.saved-list > li')).toHaveCount(100);
  // One Delete removes one entry.
  await list.getByRole('button', { name: 'Delete Imported 1', exact: true }).click();
  const stored = await page.evaluate(
    () => (JSON.parse(localStorage.getItem('usmca-sim:saved') ?? '{}') as { items: { id: string }[] }).items,
  );
  expect(stored).toHaveLength(499);
  expect(new Set(stored.map((s) => s.id)).size).toBe(499);
  // Still responsive: a slider moves the numbers at once.
  const before = await page.getByTestId('etr-CA').textContent();
  await page.getByRole('slider', { name: 'Canada: general rate' }).fill('70');
  await expect(page.getByTestId('etr-CA')).not.toHaveText(before ?? '');
});

test('the theme is in place before the first paint, before the app script runs', async ({ page }) => {
  // Only public/boot.js runs: the app's module scripts never arrive.
  await page.route(/\/assets\/.*\.js$/, (route) => route.abort());
  await page.addInitScript(() => localStorage.setItem('usmca-sim:theme', 'dark'));
  await page.goto('/');
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe('dark');
  // A link's theme= wins over the stored choice, as in the app.
  await page.goto('/?theme=light');
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
  // With nothing stored and no link, the system's scheme.
  await page.addInitScript(() => localStorage.removeItem('usmca-sim:theme'));
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
});
