// The rate over time (issue 12, item 2): each country's monthly effective rate along the dated policy path, stacked
// by program, beside what customs collected, with the current scenario marked; on the simulator and in the lesson.
import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Locator } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { openSimulator, presenting } from './helpers';

const percentOf = (text: string) => Number(text.replace(/[^\d.]/g, ''));

/** The value at the ring's centre, read off the y axis: a line through the lowest and highest tick labels. */
async function ringValue(chart: Locator): Promise<number> {
  return chart.evaluate((el) => {
    const ring = el.querySelector('.rate-path-ring');
    const ticks = [...el.querySelectorAll('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value')].map(
      (t) => ({
        value: Number((t.textContent ?? '').replace(/[^\d.]/g, '')),
        y: t.getBoundingClientRect().top + t.getBoundingClientRect().height / 2,
      }),
    );
    const lo = ticks[0];
    const hi = ticks.at(-1);
    if (!ring || !lo || !hi || lo.value === hi.value) return NaN;
    const r = ring.getBoundingClientRect();
    const y = r.top + r.height / 2;
    return lo.value + ((y - lo.y) * (hi.value - lo.value)) / (hi.y - lo.y);
  });
}

test('the simulator charts each country’s rate month by month, and the ring follows the scenario', async ({ page }) => {
  await openSimulator(page);
  const panel = page.locator('#over-time');
  await panel.scrollIntoViewIfNeeded();
  const canada = panel.getByRole('figure', { name: 'Canada: effective tariff rate by month' });
  // Stacked by program: one area per program with a share of Canada's rate in some month.
  expect(await canada.locator('.recharts-area').count()).toBeGreaterThan(5);
  await expect(canada.locator('.rate-path-ring')).toHaveCount(1);
  // The default is current law (Dec 2026): the path's last month and the ring agree.
  const etr = (await page.getByTestId('etr-CA').textContent())!.trim();
  await expect(canada).toContainText(`is ${etr} in Dec 2026; your scenario gives ${etr}.`);
  await expect.poll(() => ringValue(canada)).toBeCloseTo(percentOf(etr), 1);
  await panel.screenshot({ path: test.info().outputPath('rate-over-time.png') });

  // The table: 24 months, each naming the policy in force and its days.
  await canada.getByText('Show the numbers as a table').click();
  const rows = canada.getByRole('table').locator('tbody tr');
  await expect(rows).toHaveCount(24);
  await expect(rows.nth(2)).toContainText('7 Mar 2025: USMCA goods exempted (5 d)');
  await expect(rows.nth(23)).toContainText('not yet published');

  // Move Canada's rate: the ring (and the sentence) follow; the path, which happened, does not move.
  const path = await canada.locator('.recharts-area').first().getAttribute('d');
  await page
    .getByRole('slider', { name: /^Canada: general rate/ })
    .first()
    .fill('60');
  const moved = (await page.getByTestId('etr-CA').textContent())!.trim();
  expect(moved).not.toBe(etr);
  await panel.scrollIntoViewIfNeeded();
  await expect(canada).toContainText(`your scenario gives ${moved}.`);
  expect(await canada.locator('.recharts-area').first().getAttribute('d')).toBe(path);
  // The ring sits at the new rate, read off the chart's own axis.
  await expect.poll(() => ringValue(canada)).toBeCloseTo(percentOf(moved), 1);

  // Its own CSV: a row a month, the program columns add up to the model's rate.
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    canada.getByRole('button', { name: /as CSV/ }).click(),
  ]);
  const records = parse(readFileSync((await file.path()) ?? '', 'utf8'), { bom: true }) as string[][];
  const [head, ...body] = records.slice(4);
  expect(body).toHaveLength(24);
  expect(head![0]).toBe('Month');
  expect(head!.at(-1)).toBe('Collected on all US imports (Treasury) (%)');
  // January 2025 was collected (2.314% of all US imports, Treasury); the months after January 2026 are not yet.
  expect(Number(body[0]!.at(-1))).toBeCloseTo(2.314, 3);
  expect(body[23]!.at(-1)).toBe('');
});

for (const theme of ['light', 'dark'] as const)
  test(`the panel has no accessibility violations (${theme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await openSimulator(page);
    await page.locator('#over-time').scrollIntoViewIfNeeded();
    const results = await new AxeBuilder({ page })
      .include('#over-time')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

test('in the lesson, O shows the rate over time with the step marked', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/?present=1&lesson=builtin&at=8');
  await presenting(page);
  await page.keyboard.press('o');
  const chart = page.getByRole('figure', { name: /month by month, with this step marked/ });
  await expect(chart.locator('.recharts-cartesian-grid')).toHaveCount(2);
  await expect(chart.locator('.rate-path-ring')).toHaveCount(2);
  await expect(page.getByRole('button', { name: 'Over time (O)' })).toHaveAttribute('aria-pressed', 'true');
  await page.screenshot({ path: test.info().outputPath('lesson-over-time.png') });
  await page.keyboard.press('o');
  await expect(chart).toHaveCount(0);
  await expect(page.getByRole('dialog').getByRole('figure', { name: /by program/i })).toBeVisible();
});
