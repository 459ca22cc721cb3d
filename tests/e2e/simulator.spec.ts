// The simulator screen in real Chromium: mouse, keyboard, exemption, presets, accessibility, a screenshot.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openSimulator } from './helpers';

const etr = (page: Page, c: 'CA' | 'MX') => page.getByTestId(`etr-${c}`);

const ready = (page: Page) => openSimulator(page);

test('dragging the Canada slider with the mouse changes Canada’s numbers at once', async ({ page }) => {
  await ready(page);
  const before = await etr(page, 'CA').textContent();
  const slider = page.getByRole('slider', { name: 'Canada: general rate' });
  await slider.scrollIntoViewIfNeeded();
  const box = await slider.boundingBox();
  if (!box) throw new Error('slider not visible');
  await page.mouse.move(box.x + box.width * 0.35, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.9, box.y + box.height / 2, { steps: 8 });
  await page.mouse.up();
  const value = Number(await slider.inputValue());
  expect(value).toBeGreaterThan(80);
  await expect(page.getByRole('spinbutton', { name: 'Canada: general rate, in percent' })).toHaveValue(String(value));
  await expect(etr(page, 'CA')).not.toHaveText(before ?? '');
  await expect(page.getByText(/Changed from Dec 2026: current law/)).toBeVisible();
});

test('panels far below hold still during a drag and catch up once it rests, to what they draw on screen', async ({
  page,
}) => {
  await ready(page);
  const sectors = page.locator('.near-view', { has: page.locator('#sectors') });
  const steel = page.locator('#sectors tbody tr', {
    has: page.locator('th', { hasText: /^Iron & steel and articles/ }),
  });
  const before = await steel.textContent();
  // A step that does not scroll the page (fill would bring the slider into view first).
  await page.getByRole('slider', { name: 'Canada: general rate' }).evaluate((el: HTMLInputElement) => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(el, '90');
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
  // More than half a screen below the viewport.
  const far = () =>
    sectors.evaluate((el) => el.getBoundingClientRect().top - window.innerHeight > window.innerHeight / 2);
  // Right after the step the far panel is marked as behind: it has not redrawn.
  await expect(sectors).toHaveAttribute('data-behind', 'true');
  expect(await far()).toBe(true);
  // Once the input rests it catches up, still off screen, to the new scenario's numbers ...
  await expect(sectors).not.toHaveAttribute('data-behind', /.*/);
  await expect(steel).not.toHaveText(before ?? '');
  const caughtUp = await steel.textContent();
  expect(await far()).toBe(true);
  // ... the same numbers the panel draws when it is on screen.
  await steel.scrollIntoViewIfNeeded();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await expect(steel).toHaveText(caughtUp ?? '');
  await expect(sectors).not.toHaveAttribute('data-behind', /.*/);
});

test('the sector table redraws the rows on screen with each step; the rows far below catch up when it rests', async ({
  page,
}) => {
  await ready(page);
  const groups = page.locator('#sectors .sector-table tbody');
  // Its top on screen: the table's first rows sit at the bottom of the viewport, the last ones 1,500 px below.
  await groups.first().evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - window.innerHeight + 200));
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  expect(await groups.count()).toBeGreaterThan(3);
  const first = groups.first().locator('tr').first();
  const last = groups.last().locator('tr').last();
  const [firstBefore, lastBefore] = [await first.textContent(), await last.textContent()];
  // One step, read in the frame it paints: the group on screen has the new numbers, the last group has not.
  const seen = await page.getByRole('slider', { name: 'Canada: general rate' }).evaluate(
    (el: HTMLInputElement) =>
      new Promise<{ first: string; last: string; behind: boolean }>((resolve) => {
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(el, '95');
        el.dispatchEvent(new Event('input', { bubbles: true }));
        requestAnimationFrame(() => {
          const bodies = [...document.querySelectorAll('#sectors .sector-table tbody')];
          resolve({
            first: bodies[0]?.querySelector('tr')?.textContent ?? '',
            last: bodies.at(-1)?.querySelector('tr:last-child')?.textContent ?? '',
            behind: bodies.at(-1)?.hasAttribute('data-behind') ?? false,
          });
        });
      }),
  );
  expect(seen.first).not.toBe(firstBefore);
  expect(seen.last).toBe(lastBefore);
  expect(seen.behind).toBe(true);
  // Once the input rests every group has caught up, and the rows are those of one result: each sector once.
  await expect(page.locator('#sectors .sector-table tbody[data-behind]')).toHaveCount(0);
  const names = await page.locator('#sectors .sector-table tbody th').allTextContents();
  expect(new Set(names).size).toBe(names.length);
  // The last row shows what it shows when it is scrolled to.
  const caughtUp = await last.textContent();
  await last.scrollIntoViewIfNeeded();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await expect(last).toHaveText(caughtUp ?? '');
});

test('the keyboard steps a slider: arrows, Page Up/Down, Home/End', async ({ page }) => {
  await ready(page);
  // Current law has the forced-labour 301 duty at 10%.
  const slider = page.getByRole('slider', { name: 'Section 301 forced labour' });
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveValue('11');
  await page.keyboard.press('PageUp');
  await expect(slider).toHaveValue('21');
  await page.keyboard.press('PageDown');
  await page.keyboard.press('ArrowLeft');
  await expect(slider).toHaveValue('10');
  await page.keyboard.press('Home');
  await expect(slider).toHaveValue('0');
  const mxAtZero = await etr(page, 'MX').textContent();
  await page.keyboard.press('End');
  await expect(slider).toHaveValue('100');
  await expect(etr(page, 'MX')).not.toHaveText(mxAtZero ?? '');
  // The sensitivity chart follows the control touched last.
  await expect(page.getByRole('heading', { name: /If you move “Section 301 forced labour”/ })).toBeVisible();
});

test('switching the USMCA exemption off raises both effective rates', async ({ page }) => {
  await ready(page);
  const ca = Number((await etr(page, 'CA').textContent())?.replace('%', ''));
  const mx = Number((await etr(page, 'MX').textContent())?.replace('%', ''));
  const exemption = page.getByRole('switch', { name: /USMCA exemption/ });
  await expect(exemption).toHaveAttribute('aria-checked', 'true');
  await exemption.press('Space');
  await expect(exemption).toHaveAttribute('aria-checked', 'false');
  await expect(etr(page, 'CA')).not.toHaveText(`${ca.toFixed(2)}%`);
  const off = Number((await etr(page, 'CA').textContent())?.replace('%', ''));
  // CLI, dec-2026 and dec-2026-no-exemption: Canada 8.42% -> 12.53%, Mexico 7.32% -> 14.81%.
  expect(off).toBeGreaterThan(ca + 3);
  await expect(etr(page, 'MX')).not.toHaveText(`${mx.toFixed(2)}%`);
  expect(Number((await etr(page, 'MX').textContent())?.replace('%', ''))).toBeGreaterThan(mx + 5);
});

/** Each contained box (components/Contained) in `scope`, as measured: contained or not, its height and its content's. */
const containedBoxes = (scope: Page | Locator) =>
  scope.locator('.contained').evaluateAll((boxes) =>
    // A box in a closed group, or in a panel far from view (content-visibility: auto), is not laid out, so not
    // measured yet: it is measured when the group opens or the panel comes near, before that frame is painted.
    boxes
      .filter((b) => b.checkVisibility({ contentVisibilityAuto: true }))
      .map((b) => ({
        contained: b.hasAttribute('data-contained') && getComputedStyle(b).contain.includes('size'),
        box: b.getBoundingClientRect().height,
        content: (b.firstElementChild as HTMLElement).getBoundingClientRect().height,
      })),
  );

test('the headline numbers, sliders, chart readings and sector table lay out alone, in boxes that keep their content’s height', async ({
  page,
}) => {
  await ready(page);
  /** At least `count` boxes laid out, each contained and as tall as its content. */
  const expectFitted = async (count: number) =>
    await expect(async () => {
      const boxes = await containedBoxes(page);
      expect(boxes.length).toBeGreaterThanOrEqual(count);
      for (const b of boxes) {
        expect(b.contained).toBe(true);
        expect(Math.abs(b.box - b.content)).toBeLessThan(0.5);
      }
    }).toPass({ timeout: 5000 });
  // The two headline cards and every slider on screen; then the advanced group's sliders, once it opens.
  await expectFitted(10);
  await page.locator('details.advanced > summary').click();
  await expectFitted(20);
  // A shorter sentence (no USMCA claim), then a phone's width and a projector's: the boxes follow.
  const why = page.getByTestId('why-CA');
  await page.getByRole('switch', { name: /USMCA exemption/ }).press('Space');
  await expect(why).not.toContainText('claim');
  await expectFitted(20);
  for (const width of [420, 1920]) {
    await page.setViewportSize({ width, height: 900 });
    await expectFitted(20);
  }
  // The sector table and the charts' readings, once their panel is in view at the new width.
  await page.setViewportSize({ width: 420, height: 900 });
  await page.locator('#sectors .table-scroll').scrollIntoViewIfNeeded();
  await expectFitted(20);
  await expect(page.locator('#sectors .sector-table > .contained')).toHaveAttribute('data-contained', '');
  // Once the panel's content is laid out (content-visibility: auto brings it in at the next frame).
  await expect(async () => {
    const [table] = await containedBoxes(page.locator('#sectors .sector-table'));
    expect(table).toBeDefined();
    expect(Math.abs(table!.box - table!.content)).toBeLessThan(0.5);
  }).toPass({ timeout: 5000 });
});

/** The CLI's effective rates for a preset, as the headline cards print them. */
function cliEtr(preset: string): { CA: string; MX: string } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/simulate.ts', '--preset', preset, '--json'], {
    cwd: join(import.meta.dirname, '..', '..'),
    encoding: 'utf8',
  });
  const out = JSON.parse(run.stdout) as { countries: Record<'CA' | 'MX', { etr: number }> };
  const pct = (x: number) => `${(x * 100).toFixed(2)}%`;
  return { CA: pct(out.countries.CA.etr), MX: pct(out.countries.MX.etr) };
}

test('presets set every control and agree with the CLI numbers', async ({ page }) => {
  await ready(page);
  await page.getByRole('button', { name: /4 Jun 2025: steel & aluminum 50%/ }).click();
  await expect(page.getByRole('button', { name: /4 Jun 2025/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('spinbutton', { name: 'Canada: general rate, in percent' })).toHaveValue('25');
  // The CLI's figures for the same preset (npm run --silent simulate -- --preset jun-2025-steel-50: 13.39% and
  // 15.55% on 1 December 2026), read from the CLI itself so that the two can never drift apart.
  const jun = cliEtr('jun-2025-steel-50');
  expect(jun.CA).toMatch(/^1\d\.\d\d%$/);
  await expect(etr(page, 'CA')).toHaveText(jun.CA);
  await expect(etr(page, 'MX')).toHaveText(jun.MX);
  // --preset dec-2026: 8.42% and 7.29%
  const dec = cliEtr('dec-2026');
  await page.getByRole('button', { name: /Dec 2026: current law/ }).click();
  await expect(etr(page, 'CA')).toHaveText(dec.CA);
  await expect(etr(page, 'MX')).toHaveText(dec.MX);
  await page.getByRole('button', { name: /Before 2025/ }).click();
  await expect(page.getByTestId('exposed-CA')).toContainText('$0');
});

test('has no axe violations, with the advanced group open too', async ({ page }) => {
  await ready(page);
  const first = await new AxeBuilder({ page }).analyze();
  expect(first.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await page.getByText('Advanced: Section 232 rates, vehicles, termination').click();
  await page.getByText('Show the numbers as a table').first().click();
  const second = await new AxeBuilder({ page }).analyze();
  expect(second.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('saves a screenshot of the default screen', async ({ page }, info) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await ready(page);
  // What the screenshot must show: both headline rates in the first screenful, with real numbers in them.
  for (const c of ['CA', 'MX'] as const) {
    await expect(etr(page, c)).toBeInViewport();
    await expect(etr(page, c)).toHaveText(/^\d+\.\d\d%$/);
  }
  const png = await page.screenshot({ path: info.outputPath('default-screen.png'), fullPage: true });
  // A blank or unstyled page compresses to a few KB; the real screen, with its charts and text, is far larger.
  expect(png.byteLength).toBeGreaterThan(40_000);
});

test('fits a 360 px phone without sideways scrolling, and a 1920 px projector', async ({ page }) => {
  for (const width of [360, 1920]) {
    await page.setViewportSize({ width, height: 800 });
    await ready(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `horizontal overflow at ${width}px`).toBeLessThanOrEqual(0);
  }
});

test('prints the results without the editor', async ({ page }) => {
  await ready(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('form', { name: 'Scenario settings' })).toBeHidden();
  await expect(etr(page, 'CA')).toBeVisible();
  // The glossary's ? buttons are for the screen; the sentence under each headline prints.
  await expect(page.getByRole('button', { name: 'What is “Effective tariff rate”?' }).first()).toBeHidden();
  await expect(page.getByTestId('why-CA')).toBeVisible();
  // A printed page is laid out at its own width, where no ResizeObserver runs: no box keeps the screen's height.
  const printed = await page
    .locator('.contained')
    .evaluateAll((boxes) => boxes.map((b) => `${getComputedStyle(b).contain} ${(b as HTMLElement).style.blockSize}`));
  expect(printed.length).toBeGreaterThan(0);
  for (const p of printed) expect(p).toMatch(/^none /);
  const [box] = await containedBoxes(page);
  expect(Math.abs((box?.box ?? 0) - (box?.content ?? -1))).toBeLessThan(0.5);
});
