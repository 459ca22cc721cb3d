// The built app in real Chromium: the table shows numbers and follows the preset picker.
import { expect, test } from '@playwright/test';

test('shows Canada and Mexico numbers and updates them when the preset changes', async ({ page }) => {
  await page.goto('/');
  const etrRow = page.getByRole('row', { name: /Effective tariff rate/ });
  await expect(etrRow).toContainText(/\d+\.\d\d%/);
  const before = await etrRow.textContent();
  await page.getByLabel('Policy preset').selectOption('nov-2025-no-exemption');
  await expect(etrRow).not.toHaveText(before ?? '');
  await expect(etrRow).toContainText(/2\d\.\d\d%/);
});
