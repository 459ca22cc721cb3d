// Across the border: Canada's counter-tariffs (and Mexico's choice) beside the timeline and in the methodology,
// each with its source; in the reader's language around the sourced English text.
import { expect, test } from '@playwright/test';
import { openSimulator } from './helpers';

test('beside the timeline, the counter-tariffs in date order, opened from the keyboard', async ({ page }) => {
  await openSimulator(page);
  const strip = page.getByTestId('border-timeline');
  await expect(strip.getByRole('listitem').first()).toBeHidden();
  await strip.locator('summary').focus();
  await page.keyboard.press('Enter');
  const items = strip.getByRole('listitem');
  await expect(items.first()).toContainText('Mar 4, 2025');
  await expect(items.first()).toContainText('C$30B');
  // What was lifted on 1 September 2025.
  await expect(strip.getByText(/Sep 1, 2025: Rollback of counter-tariffs, removed/)).toBeVisible();
  await expect(strip).toContainText('Mexico');
  await expect(strip).toContainText('not in the numbers');
});

test('the methodology lists every counter-measure with its source and confidence', async ({ page }) => {
  await page.goto('/?view=methodology');
  const table = page.getByRole('table', { name: /Measures of Canada and Mexico on US goods/ });
  await expect(table.getByRole('row')).toHaveCount(1 + 6);
  await expect(table).toContainText('Finance Canada release Mar 12 2025');
  await expect(table).toContainText('(high)');
  await expect(table).not.toContainText('memory only');
});

test('in Spanish, the labels are Spanish and the dates are written the Spanish way', async ({ page }) => {
  await openSimulator(page, '/?lang=es');
  const strip = page.getByTestId('border-timeline');
  await expect(strip.locator('summary')).toHaveText(/Del otro lado de la frontera/);
  await strip.locator('summary').click();
  await expect(strip.getByRole('listitem').first()).toContainText('4 mar 2025');
});
