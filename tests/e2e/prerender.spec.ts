// The first screen is in the built page: numbers before any script, hydration without a mismatch, and a link with
// settings of its own never shows the default numbers as if they were its own.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { openSimulator } from './helpers';

/** The CLI's default-scenario rates as the headline cards print them. */
function defaultRates() {
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'src/cli/simulate.ts', '--preset', 'dec-2026', '--json'],
    {
      cwd: join(import.meta.dirname, '..', '..'),
      encoding: 'utf8',
    },
  );
  const out = JSON.parse(run.stdout) as { countries: Record<'CA' | 'MX', { etr: number }> };
  return { CA: `${(out.countries.CA.etr * 100).toFixed(2)}%`, MX: `${(out.countries.MX.etr * 100).toFixed(2)}%` };
}

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });
  test('the built page already shows the default headline numbers, controls and presets', async ({ page }) => {
    const rates = defaultRates();
    await page.goto('/');
    await expect(page.getByTestId('etr-CA')).toHaveText(rates.CA);
    await expect(page.getByTestId('etr-MX')).toHaveText(rates.MX);
    await expect(page.getByRole('slider', { name: 'Canada: general rate' })).toBeVisible();
    await expect(page.getByRole('button', { name: /Dec 2026: current law/ })).toHaveAttribute('aria-pressed', 'true');
    // The same numbers are in the file itself, before any script or style.
    const html = readFileSync(join(import.meta.dirname, '..', '..', 'dist', 'index.html'), 'utf8');
    expect(html).toContain(`data-testid="etr-CA">${rates.CA}<`);
    expect(html).toContain(`data-testid="etr-MX">${rates.MX}<`);
  });
});

test('the default page hydrates the static screen: no mismatch, and it answers the controls', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || /hydrat/i.test(m.text())) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  await openSimulator(page);
  const before = await page.getByTestId('etr-CA').textContent();
  await page.getByRole('slider', { name: 'Canada: general rate' }).fill('70');
  await expect(page.getByTestId('etr-CA')).not.toHaveText(before ?? '');
  expect(problems).toEqual([]);
});

test('a button pressed on the static screen, before the app is live, takes effect once it is', async ({ page }) => {
  // Hold the data back: the static screen is up, the app's code has run, and nothing is live yet.
  let release: () => void = () => {};
  const held = new Promise<void>((r) => (release = r));
  await page.route(/\/data\/dataset\.json$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/');
  await expect(page.getByRole('status').filter({ hasText: 'Loading' })).toBeVisible();
  await page.getByRole('button', { name: 'Saved scenarios' }).click();
  // Nothing happens yet (the panel is the app's) ...
  await expect(page.getByText('No saved scenarios yet')).toHaveCount(0);
  release();
  // ... and the press is not lost: once live, the panel opens, as if pressed then.
  await expect(page.getByText('No saved scenarios yet')).toBeVisible();
  await expect(
    page.getByRole('group', { name: 'Scenario tools' }).getByRole('button', { name: 'Saved scenarios' }),
  ).toHaveAttribute('aria-expanded', 'true');
});

test('a link with its own settings dims the static screen until the app shows the link’s numbers', async ({ page }) => {
  // Hold the app's scripts back, so the static screen can be seen as it is before they run.
  let release: () => void = () => {};
  const held = new Promise<void>((r) => (release = r));
  await page.route(/\/assets\/index-.*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  // 'commit': the app's script is held, so the page never reaches its load (or DOMContentLoaded) events.
  await page.goto('/?v=2&preset=nov-2025', { waitUntil: 'commit' });
  await expect(page.getByRole('status').filter({ hasText: 'Loading the settings of this link' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.classList.contains('shell-stale'))).toBe(true);
  release();
  const nov = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'src/cli/simulate.ts', '--preset', 'nov-2025', '--json'],
    { cwd: join(import.meta.dirname, '..', '..'), encoding: 'utf8' },
  );
  const ca = `${(JSON.parse(nov.stdout).countries.CA.etr * 100).toFixed(2)}%`;
  await expect(page.getByTestId('etr-CA')).toHaveText(ca);
  await expect(page.getByText('Loading the settings of this link')).toHaveCount(0);
});
