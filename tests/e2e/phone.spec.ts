// Phones: the headline numbers stay in view while a slider far down the editor moves, and wide tables show that
// they scroll sideways.
import { expect, test } from '@playwright/test';
import { openSimulator } from './helpers';

test.use({ viewport: { width: 390, height: 844 } });

test('moving a slider far down the editor, the headline numbers it changes stay on screen', async ({ page }, info) => {
  await openSimulator(page);
  const summary = page.getByTestId('sticky-summary');
  const slider = page.getByRole('slider', { name: 'Uniform elasticity' });
  await slider.scrollIntoViewIfNeeded();
  const before = await summary.locator('[data-country="CA"]').textContent();
  await slider.fill('3');
  // The headline cards are far below the slider, off the screen ...
  const card = await page.getByTestId('etr-CA').boundingBox();
  expect(card?.y ?? 0).toBeGreaterThan(844);
  // ... yet the summary is at the top of the screen, with the new numbers, the same as the headline cards'.
  const box = await summary.boundingBox();
  expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
  expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThan(844 / 4);
  const duty = (await page.getByTestId('duty-CA').textContent()) ?? '';
  const etr = (await page.getByTestId('etr-CA').textContent()) ?? '';
  await expect(summary.locator('[data-country="CA"]')).toHaveText(`Canada ${etr} · ${duty}`);
  expect(before).toContain(etr); // the elasticity moves exports, not the rate: same rate, same duty
  await page.getByRole('slider', { name: 'Canada: general rate' }).fill('60');
  await expect(summary.locator('[data-country="CA"]')).not.toHaveText(before ?? '');
  const nowEtr = (await page.getByTestId('etr-CA').textContent()) ?? '';
  await expect(summary.locator('[data-country="CA"]')).toContainText(nowEtr);
  await page.screenshot({ path: info.outputPath('phone-slider.png') });
});

test('on a wider screen the summary is not shown: the headline cards sit beside the editor', async ({ browser }) => {
  const page = await browser.newPage({ viewport: { width: 1366, height: 800 } });
  await openSimulator(page);
  await expect(page.getByTestId('sticky-summary')).toBeHidden();
  // Its numbers are not drawn while hidden; narrowed to a phone after a step, it shows that step's numbers.
  await expect(page.getByTestId('sticky-summary').locator('[data-country]')).toHaveCount(0);
  await page.getByRole('slider', { name: 'Canada: general rate' }).fill('60');
  const etr = (await page.getByTestId('etr-CA').textContent()) ?? '';
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByTestId('sticky-summary').locator('[data-country="CA"]')).toContainText(etr);
  await page.close();
});

test('a table wider than the phone scrolls sideways and shows a shadow on the side with more', async ({ page }) => {
  await openSimulator(page);
  const scroller = page.locator('#sectors .table-scroll');
  await scroller.scrollIntoViewIfNeeded();
  const m = await scroller.evaluate((el) => ({
    scrolls: el.scrollWidth > el.clientWidth + 1,
    background: getComputedStyle(el).backgroundImage,
    page: document.documentElement.scrollWidth - window.innerWidth,
  }));
  expect(m.scrolls).toBe(true);
  expect(m.page).toBeLessThanOrEqual(0);
  expect(m.background).toContain('radial-gradient');
});
