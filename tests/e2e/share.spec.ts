// Links, history, bad links, saved scenarios, comparison, exports and embed mode in real Chromium.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openSimulator } from './helpers';

const headline = async (page: Page) =>
  Promise.all(
    ['etr-CA', 'etr-MX', 'duty-CA', 'duty-MX', 'exposed-CA', 'export-change-MX'].map((id) =>
      page.getByTestId(id).textContent(),
    ),
  );

test('a link opened in a fresh page shows the same settings and numbers', async ({ page, browser }) => {
  await openSimulator(page);
  await page.getByRole('button', { name: /12 Mar 2025/ }).click();
  await page.getByRole('slider', { name: 'Mexico: general rate' }).fill('40');
  await page.getByRole('switch', { name: /USMCA exemption/ }).click();
  await page.getByRole('radio', { name: 'Long run (by sector)' }).check();
  await expect(page).toHaveURL(/mx=40/);
  await expect(page).toHaveURL(/usmca=off/);
  const url = page.url();
  const numbers = await headline(page);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await openSimulator(other, url.replace(/^https?:\/\/[^/]+/, ''));
  expect(await headline(other)).toEqual(numbers);
  await expect(other.getByRole('slider', { name: 'Mexico: general rate' })).toHaveValue('40');
  await expect(other.getByRole('switch', { name: /USMCA exemption/ })).toHaveAttribute('aria-checked', 'false');
  await expect(other.getByText(/Changed from 12 Mar 2025/)).toBeVisible();
  await fresh.close();
});

test('Back and Forward walk through presets', async ({ page }) => {
  await openSimulator(page);
  await page.getByRole('button', { name: /4 Jun 2025/ }).click();
  await expect(page).toHaveURL(/preset=jun-2025-steel-50/);
  const june = await headline(page);
  await page.getByRole('button', { name: /Before 2025/ }).click();
  await expect(page).toHaveURL(/preset=pre-2025/);
  const before = await headline(page);
  expect(before).not.toEqual(june);
  await page.goBack();
  await expect(page).toHaveURL(/preset=jun-2025-steel-50/);
  await expect.poll(() => headline(page)).toEqual(june);
  await expect(page.getByRole('button', { name: /4 Jun 2025/ })).toHaveAttribute('aria-pressed', 'true');
  await page.goForward();
  await expect.poll(() => headline(page)).toEqual(before);
});

test('a tampered link shows what was ignored, uses the defaults, and injects nothing', async ({ page }) => {
  const evil = encodeURIComponent('<img src=x onerror="window.hacked=1">');
  await openSimulator(page, `/?v=1&ca=${evil}&steel=999&period=2031&ca=5&mx=20&keep=me`);
  const notice = page.getByRole('alert').filter({ hasText: 'could not be used' });
  await expect(notice).toContainText('ca = "<img src=x onerror="window.hacked=1">, 5": given 2 times');
  await expect(notice).toContainText('steel = "999": outside 0–100; the default (50%) is used instead.');
  await expect(notice).toContainText('period = "2031": not one of 2024, 2025h1, 2025h2');
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
  // The good value is used, the bad ones fall back, the unknown parameter is kept.
  await expect(page.getByRole('slider', { name: 'Mexico: general rate' })).toHaveValue('20');
  await expect(page.getByRole('slider', { name: 'Canada: general rate' })).toHaveValue('35');
  await expect(page).toHaveURL(/keep=me/);
  await notice.getByRole('button', { name: /Dismiss/ }).click();
  await expect(notice).toHaveCount(0);
});

test('a corrupt saved entry is set aside with a notice; the others still load', async ({ page }) => {
  await page.addInitScript(() => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem(
      'usmca-sim:saved',
      JSON.stringify({
        version: 1,
        items: [
          { id: 'ok', name: 'Mexico at 40%', savedAt: null, search: '?v=1&mx=40' },
          { id: 3, name: {} },
        ],
      }),
    );
  });
  await openSimulator(page);
  await expect(page.getByRole('alert').filter({ hasText: 'A saved entry could not be read' })).toContainText(
    'Saved entry 2',
  );
  await page.getByRole('button', { name: 'Saved scenarios' }).click();
  await page.getByRole('button', { name: 'Load Mexico at 40%' }).click();
  await expect(page.getByRole('slider', { name: 'Mexico: general rate' })).toHaveValue('40');
  const keys = await page.evaluate(() => Object.keys(localStorage));
  expect(keys.some((k) => k.startsWith('usmca-sim:set-aside:'))).toBe(true);
});

test('save, rename, reload, compare and delete a scenario', async ({ page }) => {
  await openSimulator(page);
  await page.getByRole('slider', { name: 'Canada: general rate' }).fill('60');
  await page.getByRole('button', { name: 'Saved scenarios' }).click();
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Canada 60');
  await page.getByRole('button', { name: 'Save current scenario' }).click();
  await page.getByRole('button', { name: 'Rename Canada 60' }).click();
  await page.getByRole('textbox', { name: /New name/ }).fill('Canada sixty');
  await page.getByRole('button', { name: 'Save name' }).click();
  await page.goto('/');
  await page.getByRole('button', { name: 'Saved scenarios' }).click();
  await page.getByRole('button', { name: 'Compare with Canada sixty' }).click();
  await expect(page.getByRole('heading', { name: 'Compare A vs B' })).toBeVisible();
  await expect(page).toHaveURL(/cmp=1.*b\.ca=60/);
  // The comparison travels: a fresh page on this link shows it too.
  const url = page.url().replace(/^https?:\/\/[^/]+/, '');
  const other = await page.context().newPage();
  await openSimulator(other, url);
  await expect(other.getByRole('heading', { name: 'Compare A vs B' })).toBeVisible();
  await expect(other.getByTestId('compare-etr-CA-B')).not.toHaveText(
    (await other.getByTestId('compare-etr-CA-A').textContent()) ?? '',
  );
  await other.close();
  await page.getByRole('button', { name: 'Delete Canada sixty' }).click();
  await expect(page.getByText('No saved scenarios yet')).toBeVisible();
});

test('the Compare picker shows the B it compares with, a preset or a scenario from a link', async ({ page }) => {
  await openSimulator(page);
  await page.getByRole('button', { name: 'Compare A vs B' }).click();
  const picker = page.getByRole('combobox', { name: /Compare the current scenario \(A\) with B/ });
  await expect(picker).toHaveValue('');
  await picker.selectOption('pre-2025');
  await expect(page.getByRole('heading', { name: 'Compare A vs B' })).toBeVisible();
  // It keeps showing B, not "Choose a scenario…" again.
  await expect(picker).toHaveValue('pre-2025');
  // B from a link that is no preset: named as such.
  await openSimulator(page, '/?v=2&cmp=1&b.ca=61');
  await page.getByRole('button', { name: 'Compare A vs B' }).first().click();
  await expect(picker.locator('option:checked')).toHaveText('B: the scenario from the link');
});

test('exports: the CSV has every sector with the scenario in its header; a chart downloads as vector SVG, PNG and CSV', async ({
  page,
}) => {
  await openSimulator(page);
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  const text = readFileSync((await csv.path()) ?? '', 'utf8');
  // The downloaded file as a strict RFC 4180 reader takes it: BOM, CRLF records, all of one width.
  const records = parse(text, { bom: true, record_delimiter: '\r\n', relax_column_count: false }) as string[][];
  expect(records.filter((r) => r[0]!.startsWith('#'))).toHaveLength(4);
  expect(records[1]![0]).toMatch(/^# Data version [0-9a-f]{12}; as of 2026-02-28/);
  // The default is current law, December 2026: no IEEPA tariff, forced-labour 301 and Section 338 in force.
  expect(records[2]![0]).toMatch(/ca=0%; ca_energy=0%; mx=0%/);
  expect(records[2]![0]).toMatch(/fl301=10%; s338=50%/);
  const [header, ...body] = records.slice(4);
  const rows = body.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!])));
  // 61 sectors, then one total per country.
  expect(rows).toHaveLength(61 + 2);
  expect(rows.find((r) => r.sector === 'Agriculture, food & beverages')?.country).toBe('Canada');
  // Canada's sector duties add up to its total row and to the headline figure.
  const sectors = rows.filter((r) => r.country === 'Canada' && r.sector_id !== 'total');
  const total = sectors.reduce((s, r) => s + Number(r.duty_usd), 0);
  const totalRow = rows.find((r) => r.country === 'Canada' && r.sector_id === 'total');
  expect(Math.abs(total - Number(totalRow?.duty_usd))).toBeLessThanOrEqual(sectors.length);
  await expect(page.getByTestId('duty-CA')).toHaveText(`$${(total / 1e9).toFixed(1)}B`);

  const chart = (format: string) => `Download “Effective tariff rate by program” as ${format}`;
  // SVG: true vector (shapes and text, no HTML in a foreignObject), stamped with title, scenario, data and link.
  const [svgFile] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: chart('SVG') }).click(),
  ]);
  expect(svgFile.suggestedFilename()).toBe('effective-tariff-rate-by-program.svg');
  const svg = readFileSync((await svgFile.path()) ?? '', 'utf8');
  expect(svg).not.toMatch(/foreignObject|xhtml/i);
  const parsed = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.localName,
      rects: doc.querySelectorAll('rect').length,
      texts,
    };
  }, svg);
  expect(parsed.error).toBeNull();
  expect(parsed.root).toBe('svg');
  expect(parsed.rects).toBeGreaterThan(4);
  expect(parsed.texts[0]).toBe('Effective tariff rate by program');
  expect(parsed.texts.join(' ')).toMatch(/Scenario: Dec 2026: current law · Data version: [0-9a-f]{12}/);
  expect(parsed.texts.join('')).toMatch(/Link: http:\/\/127\.0\.0\.1:\d+\/\?v=2/);
  // The file draws as an image on its own (no page styles, no fonts it cannot find): count the inked pixels.
  const inked = await page.evaluate(async (source) => {
    const img = new Image();
    img.src = `data:image/svg+xml;base64,${btoa(unescape(encodeURIComponent(source)))}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 200 || data[i + 1]! < 200 || data[i + 2]! < 200) dark++;
    return { width: img.naturalWidth, dark };
  }, svg);
  expect(inked.width).toBe(960);
  expect(inked.dark).toBeGreaterThan(5000);
  // PNG: the same drawing at twice the size.
  const [pngFile] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: chart('PNG') }).click(),
  ]);
  const png = readFileSync((await pngFile.path()) ?? '');
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect(png.readUInt32BE(16)).toBe(1920);
  // CSV: the chart's own numbers, one row per country, matching the headline rates.
  const [csvFile] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: chart('CSV') }).click(),
  ]);
  const chartRows = parse(readFileSync((await csvFile.path()) ?? '', 'utf8'), { bom: true }) as string[][];
  expect(chartRows.slice(0, 4).every((r) => r[0]!.startsWith('#'))).toBe(true);
  const [head, ...countries] = chartRows.slice(4);
  expect(head!.slice(1).every((h) => h.endsWith('(%)'))).toBe(true);
  const canada = countries.find((r) => r[0] === 'Canada')!;
  const etr = canada.slice(1).reduce((sum, v) => sum + Number(v), 0);
  await expect(page.getByTestId('etr-CA')).toHaveText(`${etr.toFixed(2)}%`);
});

test('copy link falls back to a selected field when the clipboard is refused', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new Error('denied')) },
    });
  });
  await openSimulator(page);
  await page.getByRole('button', { name: 'Share' }).click();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText(/did not allow copying/)).toBeVisible();
  const selected = await page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return el ? el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0) : '';
  });
  expect(selected).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?v=2/);
  await expect(page.getByRole('textbox', { name: 'Summary' })).toHaveValue(/Canada: effective tariff rate \d/);
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('embed mode shows the numbers and charts without the editor', async ({ page }) => {
  await page.goto('/?v=1&ca=50&embed=1');
  await expect(page.getByTestId('etr-CA')).toHaveText(/\d\.\d\d%/);
  await expect(page.getByRole('slider')).toHaveCount(0);
  await expect(page.locator('.program-bars')).toHaveCount(1);
  await expect(page.locator('.sector-bars')).toHaveCount(2);
  await expect(page.getByRole('link', { name: 'Open in the USMCA Tariff Simulator' })).toHaveAttribute('href', /ca=50/);
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
