// English, French and Spanish in real Chromium: from the link, from the browser, from the switcher.
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { openSimulator, presenting } from './helpers';

test('lang=fr gives French text and French number formats', async ({ page }) => {
  await page.goto('/?lang=fr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Simulateur des droits de douane ACEUM');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  // Canadian French writes 6,93 % (decimal comma, space before the sign).
  await expect(page.getByTestId('etr-CA')).toHaveText(/^\d+,\d\d\s%$/);
  await expect(page.getByRole('switch', { name: /Exemption ACEUM/ })).toBeVisible();
  await expect(page.getByRole('slider', { name: 'Canada : taux général' })).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('in French and Spanish, sector names, context facts and confidence grades are translated', async ({ page }) => {
  await openSimulator(page, '/?lang=fr');
  const sectors = page.locator('#sectors');
  await sectors.scrollIntoViewIfNeeded();
  await expect(sectors.getByRole('figure', { name: /Canada/ }).first()).toContainText('Fer, acier et ouvrages');
  await expect(sectors.locator('table')).toContainText('Agriculture, aliments et boissons');
  await expect(sectors).not.toContainText('Iron & steel and articles');
  const context = page.locator('#context');
  await context.scrollIntoViewIfNeeded();
  await expect(context).toContainText('Réexamen conjoint de l’ACEUM');
  await expect(context).toContainText('Fiabilité : élevée');
  await expect(context).not.toContainText('Fiabilité : medium');
  await openSimulator(page, '/?lang=es');
  await page.locator('#sectors').scrollIntoViewIfNeeded();
  await expect(page.locator('#sectors table')).toContainText('Hierro, acero y sus manufacturas');
});

test('one way of writing numbers per language: percentages, scales, formulas, and no amount split across lines', async ({
  page,
}) => {
  await openSimulator(page, '/?lang=fr');
  // Every percentage on the French screen, ticks included, has the space before the sign ("35 %", never "35%").
  const text = await page.locator('main').innerText();
  expect(text).not.toMatch(/\d%/);
  await expect(page.locator('#why .program-axis span').last()).toHaveText(/^\d+(,\d+)?[\u00a0\u202f]%$/);
  // Spanish scales: thousands of millions always as "mil M", never as thousands of "M".
  await openSimulator(page, '/?lang=es');
  const es = await page.locator('main').innerText();
  expect(es).toMatch(/\d\u00a0mil\u00a0M/);
  expect(es).not.toMatch(/\d{4}(\.\d)?\u00a0M\b/);
  // An amount never wraps: no ordinary space inside it.
  expect(es).not.toMatch(/USD \d|\d mil M/);
  // The formulas of the methodology, in French (program ids stay as they are).
  await page.goto('/?lang=fr&view=methodology');
  const formulas = page.locator('code.formula');
  await expect(formulas.first()).toContainText('taux x champ');
  await expect(formulas.nth(3)).toContainText('taux NPF sur les produits hors ACEUM x (1 - part ACEUM)');
  // (The program table's sources keep the titles the documents were published under.)
  expect((await formulas.allTextContents()).join('\n')).not.toMatch(/USMCA share|rate x|covered share/);
});

test('the browser’s language is the default, and the switcher changes it and the link', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'es-MX' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Simulador de aranceles del T-MEC');
  await expect(page).not.toHaveURL(/lang=/);
  // Settings survive a language change.
  await page.getByRole('slider', { name: 'México: tasa general' }).fill('40');
  await page.getByRole('combobox', { name: 'Idioma' }).selectOption('en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('USMCA Tariff Simulator');
  await expect(page).toHaveURL(/lang=en/);
  await expect(page.getByRole('slider', { name: 'Mexico: general rate' })).toHaveValue('40');
  await expect(page.getByTestId('etr-CA')).toHaveText(/^\d+\.\d\d%$/);
  await context.close();
});

test('a Spanish lesson runs by keyboard', async ({ page }) => {
  await page.goto('/?lang=es&present=1&lesson=builtin&at=1');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('La ruta arancelaria, 2025–2026 · paso 1 de 17');
  await presenting(page);
  await page.keyboard.press('ArrowRight');
  await expect(dialog).toContainText('paso 2 de 17');
  await expect(page.getByRole('region', { name: 'Qué cambió desde el paso anterior' })).toContainText(
    'Canadá: tasa general: 0% → 25%',
  );
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
});

test('a dictionary that fails to load falls back to English; with none, a plain message says so', async ({
  browser,
}) => {
  // Service workers would serve the chunks from their cache, past the blocked routes.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.route(/\/assets\/fr-[^/]+\.js$/, (route) => route.abort());
  await page.goto('/?lang=fr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('USMCA Tariff Simulator');
  await expect(page.getByTestId('etr-CA')).toHaveText(/\d\.\d\d%/);

  const other = await context.newPage();
  await other.route(/\/assets\/(en|fr|es)-[^/]+\.js$/, (route) => route.abort());
  await other.goto('/?lang=es');
  await expect(other.getByRole('alert')).toContainText('The app could not load.');
  await expect(other.getByRole('alert')).toContainText('La aplicación no se pudo cargar.');
  await context.close();
});

test('the sector bars are drawn the same in every language (their positions are CSS, not prose)', async ({ page }) => {
  const bars = async (lang: string) => {
    await openSimulator(page, `/?lang=${lang}`);
    await page.locator('#sectors').scrollIntoViewIfNeeded();
    return page
      .locator('#sectors .sector-bar')
      .evaluateAll((els) => els.map((e) => Math.round((e as HTMLElement).getBoundingClientRect().width)));
  };
  const en = await bars('en');
  expect(en.length).toBeGreaterThan(20);
  // Every duty bar has a length (a French "12,5 %" once made them all zero wide).
  expect(en.filter((w) => w > 0).length).toBeGreaterThan(en.length / 2);
  for (const lang of ['fr', 'es']) expect(await bars(lang), lang).toEqual(en);
});
