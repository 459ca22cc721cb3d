// Product search, the product panel and the sector drill-down, as a person uses them (keyboard included), offline
// too, with no accessibility violation in light and dark.
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openSimulator, serviceWorkerInControl } from './helpers';

const box = (page: Page) => page.getByRole('combobox', { name: 'Search products or HTS codes' });

async function noViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .include('#products')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('"maple" finds maple sugar and syrup; the keyboard opens one, and the link keeps it', async ({ page }) => {
  await openSimulator(page);
  await box(page).click();
  await box(page).fill('maple');
  const list = page.getByRole('listbox', { name: 'Matching product lines' });
  await expect(list.getByRole('option').first()).toBeVisible();
  await expect(list.getByRole('option').filter({ hasText: '1702.20' }).first()).toContainText(/maple/i);
  // Each result names both countries' trade and tariff now.
  await expect(list.getByRole('option').first()).toContainText('Canada:');
  await expect(list.getByRole('option').first()).toContainText('Mexico:');
  await box(page).press('ArrowDown');
  await expect(box(page)).toHaveAttribute('aria-activedescendant', /.+/);
  const first = (await list.getByRole('option').first().locator('.product-code').textContent()) ?? '';
  await box(page).press('Enter');
  await expect(list).toHaveCount(0);
  const panel = page.getByRole('region', { name: new RegExp(`HTS ${first.replace(/\./g, '\\.')}`) });
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('why this rate');
  await expect(panel.locator('.arithmetic li').first()).toContainText('MFN');
  await expect(page).toHaveURL(new RegExp(`product=${first.replace(/\./g, '\\.')}`));
  // The link opens the same panel in a fresh page; Close removes it from the link.
  await page.goto(page.url());
  await expect(page.getByRole('region', { name: new RegExp(`HTS ${first.replace(/\./g, '\\.')}`) })).toBeVisible();
  await page.getByRole('button', { name: 'Close product' }).click();
  await expect(page).not.toHaveURL(/product=/);
  await noViolations(page);
});

test('7208 lists the hot-rolled steel lines at their Section 232 rate; Escape closes the list', async ({ page }) => {
  await openSimulator(page);
  await box(page).fill('7208');
  const options = page.getByRole('listbox').getByRole('option');
  await expect(options.first()).toContainText('7208.');
  expect(await options.count()).toBeGreaterThan(20);
  // December 2026: Annex I-A steel at 50% of value, whatever USMCA.
  await expect(options.filter({ hasText: 'Canada: $' }).first()).toContainText(/Steel \(232\) 50\.00%/);
  await expect(page.getByRole('status').filter({ hasText: /lines match/ })).toBeVisible();
  await box(page).press('Escape');
  await expect(page.getByRole('listbox')).toHaveCount(0);
  await box(page).press('Escape');
  await expect(box(page)).toHaveValue('');
  // A code with dots and no match answer plainly.
  await box(page).fill('9999.99');
  await expect(page.getByRole('status').filter({ hasText: 'No product line matches' })).toBeVisible();
});

test('a prefix link opens every line under it; a bad one is refused with a notice', async ({ page }) => {
  await openSimulator(page, '/?product=7208.10');
  await expect(page.getByRole('region', { name: /lines under HTS 7208\.10/ })).toBeVisible();
  await openSimulator(page, '/?product=maple');
  await expect(page.getByText(/product = "maple": not an HTS code/)).toBeVisible();
  await expect(page.locator('.product-panel')).toHaveCount(0);
});

test('a sector opens its largest products by duty, and one of them opens the product panel', async ({ page }) => {
  await openSimulator(page);
  await page.getByRole('button', { name: 'Largest products by duty in Iron & steel and articles' }).click();
  const table = page.getByRole('table', { name: /largest product lines by duty: Iron & steel and articles, Canada/ });
  await expect(table.locator('tbody tr')).toHaveCount(10);
  await expect(table.locator('tbody tr').first()).toContainText(/\d{4}\.\d\d/);
  await table.locator('tbody tr').first().getByRole('button').click();
  await expect(page.locator('.product-panel')).toBeVisible();
  await expect(page).toHaveURL(/product=\d{4}\.\d\d\.\d\d\.\d\d/);
});

test('the product search works offline after the first visit', async ({ page, context }) => {
  await openSimulator(page);
  await serviceWorkerInControl(page);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByTestId('etr-CA')).toHaveText(/\d\.\d\d%/);
  await box(page).fill('maple');
  await expect(page.getByRole('listbox').getByRole('option').filter({ hasText: '1702.20' }).first()).toBeVisible();
  await context.setOffline(false);
});

test('dark theme: the search and its panel have no accessibility violation', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openSimulator(page, '/?product=1702.20&theme=dark');
  await expect(page.locator('.product-panel')).toBeVisible();
  await box(page).fill('maple');
  await expect(page.getByRole('listbox')).toBeVisible();
  await noViolations(page);
});
