// Presenting in real Chromium: the presenter view in a second window follows and steers the projected one, the
// projected screen shows no notes, the QR code is a large centred overlay, the lesson keeps one axis, a teacher's
// lesson has its own name, order, notes and question, the handout prints, and Esc returns to the teacher's scenario.
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openSimulator, presenting } from './helpers';

async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('the presenter view follows the projected window and steers it; the class sees no notes', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openSimulator(page);
  await page.getByRole('button', { name: 'Present: the tariff path, 2025–2026' }).click();
  await presenting(page);
  const projected = page.getByRole('dialog');
  await expect(projected).toContainText('step 1 of 17');

  const [presenter] = await Promise.all([
    page.waitForEvent('popup'),
    page.getByRole('button', { name: 'Presenter view (P)' }).click(),
  ]);
  await presenter.setViewportSize({ width: 1100, height: 760 });
  await expect(presenter.getByTestId('presenter-step')).toHaveText('Step 1 of 17');
  await expect(presenter.getByRole('heading', { name: /On screen: Before 2025/ })).toBeVisible();
  await expect(presenter.getByTestId('presenter-notes')).toContainText('Start here');
  await expect(presenter.getByRole('heading', { name: /Next: 1 Feb 2025 announcement/ })).toBeVisible();
  await expect(presenter.getByRole('region', { name: /Next:/ })).toContainText('Canada: general rate: 0% → 25%');
  // The clock runs from the start of the presentation.
  await expect(presenter.getByTestId('presenter-elapsed')).toHaveText(/^0:0[0-9]$/);
  await expect(presenter.getByTestId('presenter-elapsed')).not.toHaveText('0:00', { timeout: 3000 });
  // None of it on the projected screen.
  await expect(projected).not.toContainText('Start here');
  await expect(projected).not.toContainText('Next:');
  await expect(projected).toContainText('Question for the class');

  // The projected window steps: the presenter view follows.
  await page.bringToFront();
  await page.keyboard.press('ArrowRight');
  await expect(projected).toContainText('step 2 of 17');
  await expect(presenter.getByTestId('presenter-step')).toHaveText('Step 2 of 17');
  await expect(presenter.getByRole('heading', { name: /On screen: 1 Feb 2025 announcement/ })).toBeVisible();

  // The presenter view steps, by button and by key: the projected window follows (and its link with it).
  await presenter.getByRole('button', { name: 'Next →' }).click();
  await expect(projected).toContainText('step 3 of 17');
  await expect(page).toHaveURL(/at=3/);
  await presenter.bringToFront();
  await presenter.keyboard.press('End');
  await expect(projected).toContainText('step 17 of 17');
  await expect(presenter.getByRole('heading', { name: 'This is the last step.' })).toBeVisible();
  await presenter.keyboard.press('Home');
  await expect(projected).toContainText('step 1 of 17');
  await presenter.getByRole('button', { name: 'QR code (Q)' }).click();
  await expect(page.getByRole('img', { name: /QR code of this step's link/ })).toBeVisible();
  await expect(presenter.getByRole('button', { name: 'QR code (Q)' })).toHaveAttribute('aria-pressed', 'true');
  await presenter.getByRole('button', { name: 'QR code (Q)' }).click();
  await expect(page.getByRole('img', { name: /QR code of this step's link/ })).toHaveCount(0);

  await presenter.screenshot({ path: test.info().outputPath('presenter-view.png') });
  expect(await axe(presenter)).toEqual([]);
  await presenter.emulateMedia({ colorScheme: 'dark' });
  await presenter.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
  expect(await axe(presenter)).toEqual([]);

  // Leaving the presentation tells the presenter view.
  await page.bringToFront();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(presenter.getByText('The presentation has ended.')).toBeVisible();
});

test('a presenter view with no presentation behind it says so', async ({ page }) => {
  await page.goto('/?view=presenter#nobody1');
  await expect(page.getByText('No presentation answers.')).toBeVisible({ timeout: 5000 });
  expect(await axe(page)).toEqual([]);
});

test('the QR code is large and centred; Esc closes it first, then leaves, back to the teacher’s own scenario', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openSimulator(page);
  const slider = page.getByRole('slider', { name: 'Canada: general rate' });
  await slider.fill('12');
  await expect(page).toHaveURL(/ca=12/);
  await page.getByRole('button', { name: 'Present: the tariff path, 2025–2026' }).click();
  await presenting(page);
  await page.keyboard.press('End');
  await expect(page.getByRole('dialog')).toContainText('step 17 of 17');
  await page.keyboard.press('q');
  const qr = page.getByRole('img', { name: /QR code of this step's link/ });
  await expect(qr).toBeVisible();
  const box = (await qr.boundingBox())!;
  // At least 60% of the screen's height, and its centre within 5% of the screen's.
  expect(box.height).toBeGreaterThan(1080 * 0.6);
  expect(Math.abs(box.x + box.width / 2 - 960)).toBeLessThan(96);
  expect(Math.abs(box.y + box.height / 2 - 540)).toBeLessThan(108);
  await page.screenshot({ path: test.info().outputPath('present-qr.png') });
  await page.keyboard.press('Escape');
  await expect(qr).toHaveCount(0);
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(slider).toHaveValue('12');
  await expect(page).toHaveURL(/ca=12/);
  await expect(page).not.toHaveURL(/present=1/);
});

test('the bars keep one axis through the lesson, in projector-size type', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/?present=1&lesson=builtin&at=1');
  await presenting(page);
  const ticks = page.locator('.present-chart .program-axis span');
  const seen = new Set<string>();
  for (let i = 1; i <= 17; i++) {
    await expect(page.getByRole('dialog')).toContainText(`step ${i} of 17`);
    seen.add((await ticks.allTextContents()).join(' '));
    if (i < 17) await page.keyboard.press('ArrowRight');
  }
  expect([...seen]).toHaveLength(1);
  const size = await ticks.first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(20);
});

test('a teacher names a lesson, orders its steps, writes a question and notes, and prints a handout', async ({
  page,
  browser,
}) => {
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
  await page.getByRole('textbox', { name: 'Lesson name' }).fill('Week 3: rates');
  await page.getByRole('button', { name: 'Move “Canada at 60%” one step earlier' }).click();
  await page.getByText('Step 1: title, notes and question').click();
  await page.getByRole('textbox', { name: 'Title on the projected screen' }).fill('The high case');
  await page.getByRole('textbox', { name: /Your notes/ }).fill('Pause here and ask for guesses first.');
  await page.getByRole('textbox', { name: /Question for the class/ }).fill('Who pays the 60% duty?');
  // The plan survives a reload.
  await page.reload();
  await page.getByRole('button', { name: 'Saved scenarios' }).click();
  await expect(page.getByRole('textbox', { name: 'Lesson name' })).toHaveValue('Week 3: rates');
  await expect(page.locator('.plan-step-title')).toHaveText(['The high case', 'Canada at 10%']);

  await page.getByRole('button', { name: /Present the ticked scenarios as a lesson \(2\)/ }).click();
  const dialog = page.getByRole('dialog', { name: 'The high case' });
  await expect(dialog).toContainText('Week 3: rates · step 1 of 2');
  await expect(dialog.getByRole('region', { name: 'Question for the class' })).toContainText('Who pays the 60% duty?');
  await expect(dialog).not.toContainText('Pause here');
  await presenting(page);

  // The lesson travels by link with its name, order, notes and question.
  const url = page.url().replace(/^https?:\/\/[^/]+/, '');
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(url);
  await expect(other.getByRole('dialog', { name: 'The high case' })).toContainText('Week 3: rates · step 1 of 2');
  await presenting(other);
  const [presenter] = await Promise.all([other.waitForEvent('popup'), other.keyboard.press('p')]);
  await expect(presenter.getByTestId('presenter-notes')).toHaveText('Pause here and ask for guesses first.');
  await fresh.close();

  // The handout: every step with its numbers, chart and question; printed alone.
  await page.keyboard.press('h');
  const handout = page.getByRole('dialog', { name: 'Week 3: rates' });
  await expect(handout).toBeVisible();
  await expect(handout.locator('.handout-step')).toHaveCount(2);
  await expect(handout.locator('.handout-step').first()).toContainText('Step 1: The high case');
  await expect(handout.locator('.handout-step').first()).toContainText('Who pays the 60% duty?');
  await expect(handout.locator('.handout-step').nth(1).locator('.program-bars')).toHaveCount(1);
  await expect(handout.locator('.handout-numbers').first()).toContainText(/Canada\s*\d+(\.\d)?%/);
  expect(await axe(page)).toEqual([]);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.app')).toBeHidden();
  await expect(page.locator('.presentation')).toBeHidden();
  await expect(handout.getByRole('button', { name: 'Print' })).toBeHidden();
  await expect(handout.locator('.handout-step').first()).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  await page.screenshot({ path: test.info().outputPath('handout-print.png'), fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  await page.keyboard.press('Escape');
  await expect(handout).toHaveCount(0);
  await expect(page.getByRole('dialog', { name: 'The high case' })).toBeVisible();
});
