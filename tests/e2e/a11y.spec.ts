// Accessibility on every screen and mode: axe in light and dark, visible focus, 200% zoom, reduced motion.
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { drawCharts, openSimulator } from './helpers';

async function noViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const SCREENS: [string, string, string][] = [
  ['simulator', '/', 'USMCA exemption'],
  ['methodology', '/?view=methodology', 'How the numbers are made'],
  ['reality check', '/?view=reality', 'The 2025 reality check'],
  ['comparison', '/?v=1&cmp=1&b.preset=pre-2025', 'Compare A vs B'],
  ['embed', '/?v=1&embed=1', 'Open in the USMCA Tariff Simulator'],
  ['presentation', '/?present=1&lesson=builtin&at=3', 'What changed since the previous step'],
];

for (const theme of ['light', 'dark'] as const) {
  for (const [name, path, marker] of SCREENS) {
    test(`${name} (${theme}): no axe violations`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(path);
      await expect(page.getByText(marker).first()).toBeVisible();
      await drawCharts(page);
      await noViolations(page);
    });
  }
}

test('the theme picker switches to dark and is remembered', async ({ page }) => {
  await openSimulator(page);
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  const bg = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  await expect.poll(bg).toBe('rgb(18, 20, 23)');
  await page.reload();
  await expect.poll(bg).toBe('rgb(18, 20, 23)');
  await noViolations(page);
});

test('keyboard focus is always visible', async ({ page }) => {
  await openSimulator(page);
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return 'body';
      const s = getComputedStyle(el);
      return `${s.outlineStyle} ${s.outlineWidth}`;
    });
    expect(outline).not.toMatch(/^none|0px$/);
  }
});

test('zoomed to 200% (half the width), nothing is cut off or needs sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 400 });
  await openSimulator(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(page.getByRole('slider', { name: 'Canada: general rate' })).toBeVisible();
  await expect(page.getByTestId('etr-CA')).toBeVisible();
});

test('with reduced motion asked for, nothing animates', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openSimulator(page);
  const moving = await page.evaluate(
    () =>
      [...document.querySelectorAll('*')].filter((el) => {
        const s = getComputedStyle(el);
        return (
          (s.animationName !== 'none' && s.animationDuration !== '0s') ||
          (s.transitionDuration !== '0s' && s.transitionProperty !== 'all')
        );
      }).length,
  );
  expect(moving).toBe(0);
});
