// `npm run bench:ui`: a step (slider or preset click) to the painted frame, in real Chromium, against a floor page
// measured the same way in the same run: one range input and one text node. Floor and app take turns in blocks
// (interleaved), so that a busy moment of this shared machine hits both. Chrome's own counters (the Performance
// domain of the DevTools protocol) give each step's script, style and layout time.
import { expect, test, type CDPSession, type Page } from '@playwright/test';
import { QUIET_MS } from '../../src/components/NearView';
import { initialJsKb, openSimulator } from '../e2e/helpers';

const BLOCKS = Number(process.env.BENCH_BLOCKS ?? 6);
const PER_BLOCK = 20;
const WARMUP = 10;

type Control =
  | { kind: 'slider'; label: string }
  | { kind: 'presets'; selectors: [string, string] }
  /** A text node set by hand, no script of the app: what one change costs on this page, before any work. */
  | { kind: 'text'; selector: string };

/**
 * Runs in the page: `steps` steps of a control (a slider walked up and down, or two presets clicked in turn); per
 * step, ms from the input event to the frame painted after the last DOM change.
 */
async function measure(args: { control: Control; steps: number; from: number }): Promise<number[]> {
  const { control } = args;
  const findSlider = (label: string) =>
    [...document.querySelectorAll<HTMLInputElement>('input[type=range]')].find(
      (el) => el.labels?.[0]?.textContent === label,
    );
  const findButton = (selector: string) => document.querySelector<HTMLButtonElement>(selector);
  const w = window as unknown as { benchMutations?: number; benchObserved?: boolean };
  if (!w.benchObserved) {
    w.benchObserved = true;
    w.benchMutations = 0;
    new MutationObserver((list) => (w.benchMutations = (w.benchMutations ?? 0) + list.length)).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
  }
  const frame = () => new Promise<number>((r) => requestAnimationFrame(() => r(performance.now())));
  /** Resolves after the frame started now has been painted (a task queued from rAF runs after paint). */
  const painted = () =>
    new Promise<number>((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now()), 0)));
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  const samples: number[] = [];
  for (let i = args.from; i < args.from + args.steps; i++) {
    let act: () => void;
    if (control.kind === 'slider') {
      const slider = findSlider(control.label);
      if (!slider) throw new Error(`no slider labelled ${control.label}`);
      // Walk 40 steps up from a fifth of the range and back down, so that every step changes the value.
      const step = Number(slider.step);
      const min = Number(slider.min) + Math.round((Number(slider.max) - Number(slider.min)) / 5 / step) * step;
      const span = Math.min(40, Math.floor((Number(slider.max) - min) / step) - 1);
      const k = i % (2 * span) < span ? i % span : span - (i % span);
      const v = Number((min + (k + 1) * step).toFixed(6));
      act = () => {
        setValue.call(slider, String(v));
        slider.dispatchEvent(new Event('input', { bubbles: true }));
      };
    } else if (control.kind === 'text') {
      const node = document.querySelector(control.selector)?.firstChild;
      if (!node) throw new Error(`no text at ${control.selector}`);
      act = () => {
        (node as Text).data = `${(i % 40) + 10}.00 %`;
      };
    } else {
      const selector = control.selectors[i % 2] as string;
      const button = findButton(selector);
      if (!button) throw new Error(`no button ${selector}`);
      act = () => button.click();
    }
    const seen = w.benchMutations ?? 0;
    // Each step starts inside a frame callback (TOOLCHAIN.md), so that it never waits for the next frame.
    const t0 = await new Promise<number>((r) =>
      requestAnimationFrame(() => {
        const t = performance.now();
        act();
        r(t);
      }),
    );
    // Wait until a whole frame passes with no DOM change: the frame before it painted the final result.
    let end = await painted();
    let last = w.benchMutations ?? 0;
    for (let frames = 0; frames < 30; frames++) {
      const next = await painted();
      if (w.benchMutations === last) break;
      last = w.benchMutations ?? 0;
      end = next;
    }
    if ((w.benchMutations ?? 0) === seen) throw new Error(`step ${i} changed nothing on screen`);
    samples.push(end - t0);
    await frame();
  }
  return samples;
}

/** The floor: one range input and one text node, nothing else (no framework, no styles). */
const FLOOR_HTML = `<!doctype html><html><body>
<label for="r">Floor</label><input id="r" type="range" min="0" max="100" step="1" value="20"><span id="out">20</span>
<button id="a">A</button><button id="b">B</button>
<script>
  const r = document.getElementById('r'), out = document.getElementById('out');
  r.addEventListener('input', () => { out.firstChild.data = r.value; });
  for (const id of ['a', 'b']) document.getElementById(id).addEventListener('click', () => { out.firstChild.data = id; });
</script></body></html>`;

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
};

/** Chrome's cumulative script, style and layout seconds. */
async function counters(cdp: CDPSession) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (n: string) => metrics.find((m) => m.name === n)?.value ?? 0;
  return { script: get('ScriptDuration'), style: get('RecalcStyleDuration'), layout: get('LayoutDuration') };
}

const CONTROLS: { name: string; app: Control; floor: Control; advanced?: boolean }[] = [
  {
    name: 'Canada rate',
    app: { kind: 'slider', label: 'Canada: general rate' },
    floor: { kind: 'slider', label: 'Floor' },
  },
  {
    name: 'Section 232 steel',
    app: { kind: 'slider', label: 'Steel' },
    floor: { kind: 'slider', label: 'Floor' },
    advanced: true,
  },
  {
    name: 'Uniform elasticity',
    app: { kind: 'slider', label: 'Uniform elasticity' },
    floor: { kind: 'slider', label: 'Floor' },
  },
  {
    // Not a control: the page's own floor, one headline number written by hand with no script of the app.
    name: 'One text change, no app script',
    app: { kind: 'text', selector: '[data-testid="etr-CA"]' },
    floor: { kind: 'slider', label: 'Floor' },
  },
  {
    name: 'Preset click',
    app: { kind: 'presets', selectors: ['[data-preset="nov-2025"]', '[data-preset="dec-2026"]'] },
    floor: { kind: 'presets', selectors: ['#a', '#b'] },
  },
];

/**
 * Runs in the page: waits until every panel far from the viewport has caught up with the last step (NearView marks
 * the ones behind with data-behind) and the frame after its last DOM change has painted; returns the ms that took.
 */
async function settle(): Promise<number> {
  const t0 = performance.now();
  const w = window as unknown as { benchMutations?: number };
  const painted = () =>
    new Promise<number>((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now()), 0)));
  let end = await painted();
  let last = w.benchMutations ?? 0;
  for (let frames = 0; frames < 2000; frames++) {
    const next = await painted();
    const behind = document.querySelector('[data-behind]') !== null;
    if (!behind && w.benchMutations === last) break;
    if (w.benchMutations !== last) end = next;
    last = w.benchMutations ?? 0;
  }
  return end - t0;
}

async function run(page: Page, cdp: CDPSession, control: Control, steps: number, from: number) {
  const before = await counters(cdp);
  const samples = await page.evaluate(measure, { control, steps, from });
  const after = await counters(cdp);
  // The panels far from the viewport catch up once the input rests: timed and counted apart from the steps.
  const settled = await page.evaluate(settle);
  const caught = await counters(cdp);
  return {
    samples,
    script: ((after.script - before.script) * 1000) / steps,
    style: ((after.style - before.style) * 1000) / steps,
    layout: ((after.layout - before.layout) * 1000) / steps,
    settled,
    catchUpScript: (caught.script - after.script) * 1000,
  };
}

for (const c of CONTROLS) {
  test(`${c.name}: step to painted frame, floor and app interleaved, every panel on screen`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const app = await context.newPage();
    const floor = await context.newPage();
    await floor.setContent(FLOOR_HTML);
    await openSimulator(app);
    if (c.advanced) await app.locator('details.advanced > summary').click();
    const appCdp = await context.newCDPSession(app);
    const floorCdp = await context.newCDPSession(floor);
    await appCdp.send('Performance.enable');
    await floorCdp.send('Performance.enable');
    await run(app, appCdp, c.app, WARMUP, 0);
    await run(floor, floorCdp, c.floor, WARMUP, 0);
    const totals = () => ({
      samples: [] as number[],
      script: 0,
      style: 0,
      layout: 0,
      settled: [] as number[],
      catchUp: [] as number[],
    });
    const a = totals();
    const f = totals();
    for (let b = 0; b < BLOCKS; b++) {
      // Bring each page forward before its block: a page in the background gets no frames.
      await floor.bringToFront();
      const fb = await run(floor, floorCdp, c.floor, PER_BLOCK, b * PER_BLOCK);
      await app.bringToFront();
      const ab = await run(app, appCdp, c.app, PER_BLOCK, b * PER_BLOCK);
      for (const [into, from] of [
        [f, fb],
        [a, ab],
      ] as const) {
        into.samples.push(...from.samples);
        into.script += from.script / BLOCKS;
        into.style += from.style / BLOCKS;
        into.layout += from.layout / BLOCKS;
        into.settled.push(from.settled);
        into.catchUp.push(from.catchUpScript);
      }
    }
    const fm = quantile(f.samples, 0.5);
    const am = quantile(a.samples, 0.5);
    const { initialGz, totalGz } = initialJsKb();
    const ms = (x: number) => x.toFixed(2);
    const line =
      `${c.name} (n=${a.samples.length} each): floor median ${ms(fm)} ms, p95 ${ms(quantile(f.samples, 0.95))} | ` +
      `app median ${ms(am)} ms, p95 ${ms(quantile(a.samples, 0.95))} | ratio ${(am / fm).toFixed(2)} | ` +
      `per step (CDP) app script ${ms(a.script)} ms, style ${ms(a.style)}, layout ${ms(a.layout)}; ` +
      `floor script ${ms(f.script)}, style ${ms(f.style)}, layout ${ms(f.layout)} | ` +
      `panels far from view caught up ${ms(quantile(a.settled, 0.5))} ms after the last step ` +
      `(${QUIET_MS} ms of it the rest the input must take first), catch-up script ${ms(quantile(a.catchUp, 0.5))} ms | ` +
      `elements ${await app.evaluate(() => document.getElementsByTagName('*').length)} | ` +
      `initial JS ${initialGz.toFixed(1)} KB gz, all JS ${totalGz.toFixed(1)} KB gz`;
    console.log(line);
    test.info().annotations.push({ type: 'bench', description: line });
    expect(a.samples.length).toBe(BLOCKS * PER_BLOCK);
    await context.close();
  });
}
