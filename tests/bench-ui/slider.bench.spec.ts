// Slider step to painted numbers and charts: in-page timing with performance.now() and requestAnimationFrame.
import { expect, test } from '@playwright/test';
import { initialJsKb, openSimulator } from '../e2e/helpers';

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
  // Walk 40 steps up from a fifth of the range and back down, so that every step changes the value.
  const step = Number(slider.step);
  const min = Number(slider.min) + Math.round((Number(slider.max) - Number(slider.min)) / 5 / step) * step;
  const span = Math.min(40, Math.floor((Number(slider.max) - min) / step) - 1);
  for (let i = 0; i < args.steps; i++) {
    await frame();
    const k = i % (2 * span) < span ? i % span : span - (i % span);
    const v = Number((min + (k + 1) * step).toFixed(6));
    const seen = mutations;
    const t0 = performance.now();
    setValue.call(slider, String(v));
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    // Wait until a whole frame passes with no DOM change: the frame before it painted the final result.
    let end = await painted();
    let last = mutations;
    for (let frames = 0; frames < 20; frames++) {
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

for (const label of ['Canada: general rate', 'Uniform elasticity']) {
  test(`${label}: slider step to painted frame, every chart on screen`, async ({ page }) => {
    await openSimulator(page);
    const all = await page.evaluate(measure, { label, steps: STEPS + WARMUP });
    const samples = all.slice(WARMUP);
    const median = quantile(samples, 0.5);
    const p95 = quantile(samples, 0.95);
    const { initialGz, totalGz } = initialJsKb();
    const line = `${label}: step -> painted (n=${samples.length}): median ${median.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms, max ${Math.max(...samples).toFixed(2)} ms | initial JS ${initialGz.toFixed(1)} KB gz, all JS ${totalGz.toFixed(1)} KB gz`;
    console.log(line);
    test.info().annotations.push({ type: 'bench', description: line });
    expect(samples.length).toBe(STEPS);
  });
}
