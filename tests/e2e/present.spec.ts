// Presentation mode in real Chromium: keyboard only, the built-in lesson, a teacher's own lesson by link, axe.
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { openSimulator, presenting } from './helpers';

test('a teacher runs the built-in lesson with the keyboard alone', async ({ page }) => {
  await openSimulator(page);
  const start = page.getByRole('button', { name: 'Present: the tariff path, 2025–2026' });
  await start.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: /Before 2025/ });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('step 1 of 17');
  await expect(dialog).toContainText('First step');
  await presenting(page);
  const first = await page.getByTestId('present-etr-CA').textContent();

  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('dialog', { name: /1 Feb 2025 announcement/ })).toContainText('step 2 of 17');
  await expect(page.getByTestId('present-etr-CA')).not.toHaveText(first ?? '');
  await expect(page.getByRole('region', { name: 'What changed since the previous step' })).toContainText(
    'Canada: general rate: 0% → 25%',
  );
  await expect(page).toHaveURL(/present=1.*at=2/);
  await page.keyboard.press('PageDown');
  await expect(page.getByRole('dialog')).toContainText('step 3 of 17');
  await page.keyboard.press('PageUp');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('dialog')).toContainText('step 1 of 17');
  await page.keyboard.press('End');
  await expect(page.getByRole('dialog', { name: /US withdrawal from the USMCA/ })).toContainText('step 17 of 17');

  // The teacher's notes are not on the projected screen (they are in the presenter view, presenter.spec.ts).
  await expect(page.getByRole('dialog')).not.toContainText('MFN duties return');
  await page.keyboard.press('q');
  await expect(page.getByRole('img', { name: /QR code of this step's link/ })).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // Esc closes the QR code, then leaves the presentation.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('img', { name: /QR code of this step's link/ })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page).not.toHaveURL(/present=1/);
  // The simulator is back on the teacher's own scenario (the default, December 2026), not the last step's.
  await expect(page.getByRole('button', { name: /Dec 2026: current law/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: /US withdrawal from the USMCA/ })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
});

test('a lesson built from saved scenarios travels by link', async ({ page, browser }) => {
  await openSimulator(page);
  await page.getByRole('button', { name: 'Saved scenarios' }).click();
  for (const [rate, name] of [
    ['10', 'Canada at 10%'],
    ['60', 'Canada at 60%'],
  ]) {
    await page.getByRole('slider', { name: 'Canada: general rate' }).fill(rate!);
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill(name!);
    await page.getByRole('button', { name: 'Save current scenario' }).click();
  }
  await page.getByRole('button', { name: /Present the ticked scenarios as a lesson \(2\)/ }).click();
  await expect(page.getByRole('dialog', { name: 'Canada at 10%' })).toContainText('step 1 of 2');
  await presenting(page);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('dialog', { name: 'Canada at 60%' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'What changed since the previous step' })).toContainText(
    'Canada: general rate: 10% → 60%',
  );
  const url = page.url().replace(/^https?:\/\/[^/]+/, '');
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(url);
  await expect(other.getByRole('dialog', { name: 'Canada at 60%' })).toContainText('step 2 of 2');
  await presenting(other);
  await other.keyboard.press('ArrowLeft');
  await expect(other.getByRole('dialog', { name: 'Canada at 10%' })).toBeVisible();
  await fresh.close();
});
