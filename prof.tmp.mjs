import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-gpu-vsync', '--disable-frame-rate-limit'] });
const p = await b.newPage({ viewport: { width: 1440, height: 900 } });
await p.goto('http://127.0.0.1:4173/');
await p.waitForSelector('[data-testid=etr-CA]');
await p.waitForTimeout(3000);
const cdp = await p.context().newCDPSession(p);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
const mode = process.argv[2] || 'slider';
await p.evaluate(async (mode) => {
  const slider = [...document.querySelectorAll('input[type=range]')].find((el) => el.labels?.[0]?.textContent === 'Canada: general rate');
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  for (let i = 0; i < 60; i++) {
    await new Promise((r) => requestAnimationFrame(r));
    if (mode === 'slider') { setValue.call(slider, String(20 + (i % 40))); slider.dispatchEvent(new Event('input', { bubbles: true })); }
    else document.querySelector(i % 2 ? '[data-preset="nov-2025"]' : '[data-preset="dec-2026"]').click();
    await new Promise((r) => setTimeout(r, mode === 'slider' ? 30 : 150));
  }
}, mode);
const { profile } = await cdp.send('Profiler.stop');
const self = {};
const dt = {};
profile.samples.forEach((s, i) => (dt[s] = (dt[s] || 0) + (profile.timeDeltas[i] || 0)));
for (const n of profile.nodes) {
  const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
  self[k] = (self[k] || 0) + (dt[n.id] || 0);
}
Object.entries(self).sort((a, c) => c[1] - a[1]).slice(0, 30).forEach(([k, v]) => console.log((v / 1000).toFixed(1) + 'ms', k));
await b.close();
