// Terms explained where they are read: the ? beside a term opens its definition (keyboard first), the sentence under
// each headline says why the effective rate is far below the rates on the books, and the methodology has the glossary.
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { openSimulator } from './helpers';

test('the ? beside a term opens its definition from the keyboard and Escape closes it', async ({ page }, info) => {
  await openSimulator(page);
  const button = page.getByRole('button', { name: 'What is “Effective tariff rate”?' }).first();
  const definition = page.getByRole('note').filter({ hasText: /^Effective tariff rate The duty owed divided by/ });
  await expect(definition.first()).toBeHidden();
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(definition.first()).toBeVisible();
  // Beside its button, not somewhere else on the screen.
  const [b, d] = [await button.boundingBox(), await definition.first().boundingBox()];
  expect(Math.abs((d?.y ?? 0) - ((b?.y ?? 0) + (b?.height ?? 0)))).toBeLessThan(40);
  await page.screenshot({ path: info.outputPath('term-open.png') });
  await page.keyboard.press('Escape');
  await expect(definition.first()).toBeHidden();
  await expect(button).toBeFocused();
  // Each program of the editor has its own: Section 122 opens the law and its limits.
  await page.getByRole('button', { name: 'What is “Section 122”?' }).click();
  await expect(page.getByRole('note').filter({ hasText: /up to 15% for up to 150 days/ })).toBeVisible();
});

test('under each headline, why its rate is far below the rates on the books; the GDP share cannot be misread', async ({
  page,
}) => {
  await openSimulator(page);
  for (const c of ['CA', 'MX'] as const) {
    const etr = await page.getByTestId(`etr-${c}`).textContent();
    const why = page.getByTestId(`why-${c}`);
    await expect(why).toContainText(`Why ${etr}:`);
    await expect(why).toContainText(/of (Canada|Mexico)’s exports to the US face a new tariff/);
    await expect(why).toContainText('Most of those claim USMCA.');
  }
  await expect(page.getByText(/a size, not a fall in GDP/).first()).toBeVisible();
  // With the exemption off, the claim no longer spares anything: the sentence drops it.
  await page.getByRole('switch', { name: /USMCA exemption/ }).click();
  await expect(page.getByTestId('why-CA')).not.toContainText('USMCA');
});

test('in French, the terms and their definitions are French', async ({ page }) => {
  await openSimulator(page, '/?lang=fr');
  await page.getByRole('button', { name: 'Qu’est-ce que « Taux tarifaire effectif » ?' }).first().click();
  await expect(
    page
      .getByRole('note')
      .filter({ hasText: /^Taux tarifaire effectif Les droits dus/ })
      .first(),
  ).toBeVisible();
  await expect(page.getByTestId('why-CA')).toContainText('Pourquoi');
});

test('the methodology lists every term of the glossary', async ({ page }) => {
  await page.goto('/?view=methodology');
  const glossary = page.locator('#glossary');
  await expect(glossary.locator('dt')).toHaveCount(11);
  await expect(glossary).toContainText('Percentage point (pts)');
  await expect(glossary).toContainText('Section 338');
});

for (const theme of ['light', 'dark'] as const) {
  test(`an open definition has no accessibility violation (${theme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await openSimulator(page);
    await page.getByRole('button', { name: 'What is “USMCA claim”?' }).click();
    await expect(page.getByRole('note').filter({ hasText: /rules of origin/ })).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
