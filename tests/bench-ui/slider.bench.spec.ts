// Slider step to painted numbers and charts: in-page timing with performance.now() and requestAnimationFrame.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

const STEPS = 120;
const WARMUP = 10;

/** Runs in the page: moves a slider `steps` times and returns, per step, ms from the input to the painted frame. */
async function measure(args: { label: string; steps: number }): Promise<number[]> {
  const slider = [...document.querySelectorAll<HTMLInputElement>('input[type=range]')].find(
    (el) => el.labels?.[0]?.textContent === args.label,
  );
  if (!slider) throw new Error(`no slider labelled ${args.label}`);
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  let mutations = 0;
  new MutationObserver((list) => (mutations += list.length)).observe(document.body, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  });
  const frame = () => new Promise<number>((r) => requestAnimationFrame(() => r(performance.now())));
  /** Resolves after the frame started now has been painted (a task queued from rAF runs after paint). */
  const painted = () =>
    new Promise<number>((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now()), 0)));
  const samples: number[] = [];
  const min = 20;
  const span = 40;
  for (let i = 0; i < args.steps; i++) {
    await frame();
    const v = min + (i % (2 * span) < span ? i % span : span - (i % span));
    const seen = mutations;
    const t0 = performance.now();
    setValue.call(slider, String(v));
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    // Wait until a whole frame passes with no DOM change: the frame before it painted the final result.
    let end = await painted();
    let last = mutations;
    for (let k = 0; k < 20; k++) {
      const next = await painted();
      if (mutations === last) break;
      last = mutations;
      end = next;
    }
    if (mutations === seen) throw new Error(`step ${i} changed nothing on screen`);
    samples.push(end - t0);
  }
  return samples;
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
};

function initialJsKb(): { initialGz: number; totalGz: number } {
  const dir = join(import.meta.dirname, '..', '..', 'dist');
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const initial = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  const size = (f: string) => gzipSync(readFileSync(join(dir, f))).length / 1024;
  const all = readdirSync(join(dir, 'assets')).filter((f) => f.endsWith('.js'));
  return {
    initialGz: initial.reduce((s, f) => s + size(f), 0),
    totalGz: all.reduce((s, f) => s + size(`assets/${f}`), 0),
  };
}

test('slider step to painted frame, every chart on screen', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('etr-CA')).toHaveText(/%/);
  await expect(page.locator('.chart-loading')).toHaveCount(0);
  await expect(page.locator('.chart-body .recharts-cartesian-grid')).toHaveCount(4);
  const all = await page.evaluate(measure, { label: 'Canada: general rate', steps: STEPS + WARMUP });
  const samples = all.slice(WARMUP);
  const median = quantile(samples, 0.5);
  const p95 = quantile(samples, 0.95);
  const { initialGz, totalGz } = initialJsKb();
  const line = `slider step -> painted (n=${samples.length}): median ${median.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms, max ${Math.max(...samples).toFixed(2)} ms | initial JS ${initialGz.toFixed(1)} KB gz, all JS ${totalGz.toFixed(1)} KB gz`;
  console.log(line);
  test.info().annotations.push({ type: 'bench', description: line });
  expect(samples.length).toBe(STEPS);
});
