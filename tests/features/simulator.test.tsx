// @vitest-environment jsdom
// The simulator screen as a person uses it: controls found by role and name, numbers checked against the model.
import { readFileSync } from 'node:fs';
import { OUTPUT, PRODUCTS_OUTPUT } from '../../data/build-dataset';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { formatRate, formatSignedRate } from '../../src/lib/format';
import { DEFAULT_SCENARIO, presets } from '../../src/model/presets';
import { simulate } from '../../src/model/simulate';
import type { Scenario } from '../../src/model/types';
import { realDataset, realSectorDataset } from '../fixtures/builders';
import { renderWithProviders, WHOLE_APP_TIMEOUT_MS } from '../fixtures/render';

const data = realDataset();
const expectedEtr = (s: Partial<Scenario>, c: 'CA' | 'MX') =>
  formatRate(simulate(data, { ...DEFAULT_SCENARIO, ...s }).countries[c].etr);

describe('simulator screen', () => {
  it('shows the default preset’s numbers, as the model computes them', () => {
    renderWithProviders(<App />);
    expect(screen.getByTestId('etr-CA')).toHaveTextContent(expectedEtr({}, 'CA'));
    expect(screen.getByTestId('etr-MX')).toHaveTextContent(expectedEtr({}, 'MX'));
    expect(screen.getByRole('button', { name: /Dec 2026: current law/ })).toHaveAttribute('aria-pressed', 'true');
  });

  it('moving a slider recomputes that country at once and marks the change', () => {
    renderWithProviders(<App />);
    const slider = screen.getByRole('slider', { name: 'Canada: general rate' });
    fireEvent.change(slider, { target: { value: '60' } });
    expect(screen.getByTestId('etr-CA')).toHaveTextContent(expectedEtr({ caGeneral: 0.6 }, 'CA'));
    expect(screen.getByTestId('etr-MX')).toHaveTextContent(expectedEtr({}, 'MX'));
    expect(screen.getByRole('spinbutton', { name: 'Canada: general rate, in percent' })).toHaveValue(60);
    expect(screen.getByText(/Changed from/)).toHaveTextContent('Canada: general rate');
  });

  it('typing in the number field sets the rate; Page Up on the slider adds ten steps', async () => {
    const { user } = renderWithProviders(<App />);
    const field = screen.getByRole('spinbutton', { name: 'Mexico: general rate, in percent' });
    await user.clear(field);
    await user.type(field, '40');
    expect(screen.getByTestId('etr-MX')).toHaveTextContent(expectedEtr({ mxGeneral: 0.4 }, 'MX'));
    const slider = screen.getByRole('slider', { name: 'Mexico: general rate' });
    slider.focus();
    await user.keyboard('{PageUp}');
    expect(slider).toHaveValue('50');
    expect(screen.getByTestId('etr-MX')).toHaveTextContent(expectedEtr({ mxGeneral: 0.5 }, 'MX'));
  });

  it('the USMCA exemption switch removes USMCA relief', async () => {
    const { user } = renderWithProviders(<App />);
    const exemption = screen.getByRole('switch', { name: /USMCA exemption/ });
    await user.click(exemption);
    expect(exemption).toHaveAttribute('aria-checked', 'false');
    expect(screen.getByTestId('etr-CA')).toHaveTextContent(expectedEtr({ usmcaExemption: false }, 'CA'));
  });

  it('uniform USMCA use replaces the period with one share per country', async () => {
    const { user } = renderWithProviders(<App />);
    expect(screen.getByRole('radio', { name: /2025 H2/ })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'One share per country' }));
    expect(screen.queryByRole('radio', { name: /2025 H2/ })).not.toBeInTheDocument();
    fireEvent.change(screen.getByRole('slider', { name: 'Canada: share claiming USMCA' }), { target: { value: '50' } });
    expect(screen.getByTestId('etr-CA')).toHaveTextContent(
      expectedEtr({ utilization: 'uniform', uniformCa: 0.5 }, 'CA'),
    );
  });

  it('the period choice shows each country’s observed share and changes the numbers', async () => {
    const { user } = renderWithProviders(<App />);
    const h1 = screen.getByRole('radio', { name: /2025 H1: Canada \d+\.\d%, Mexico \d+\.\d%/ });
    await user.click(h1);
    expect(screen.getByTestId('etr-CA')).toHaveTextContent(expectedEtr({ period: '2025h1' }, 'CA'));
  });

  it('Section 232 rates sit in the collapsed advanced group, each with its in-force date', async () => {
    const { user } = renderWithProviders(<App />);
    const advanced = screen.getByText('Advanced: Section 232 rates, vehicles, termination').closest('details');
    expect(advanced).not.toHaveAttribute('open');
    await user.click(screen.getByText('Advanced: Section 232 rates, vehicles, termination'));
    expect(advanced).toHaveAttribute('open');
    const steel = screen.getByRole('slider', { name: 'Steel' });
    expect(steel.closest('.range-field')).toHaveTextContent('In force from Mar 12, 2025');
    fireEvent.change(steel, { target: { value: '25' } });
    expect(screen.getByTestId('etr-CA')).toHaveTextContent(expectedEtr({ steel: 0.25 }, 'CA'));
    await user.click(screen.getByRole('switch', { name: /USMCA terminated/ }));
    expect(screen.getByTestId('etr-MX')).toHaveTextContent(expectedEtr({ steel: 0.25, usmcaTerminated: true }, 'MX'));
  });

  it('trade response: the long-run mode and the multiplier change the export estimate', async () => {
    const { user } = renderWithProviders(<App />);
    const before = screen.getByTestId('export-change-CA').textContent;
    await user.click(screen.getByRole('radio', { name: 'Long run (by sector)' }));
    const longRun = simulate(data, { ...DEFAULT_SCENARIO, elasticityMode: 'sector' }).countries.CA;
    expect(screen.getByTestId('export-change-CA').textContent).not.toBe(before);
    // The sign is part of the claim: a fall in exports is shown as a fall ("−5.37%"), never as a rise.
    expect(longRun.exportChangePct).toBeLessThan(0);
    expect(screen.getByTestId('export-change-CA')).toHaveTextContent(formatSignedRate(longRun.exportChangePct));
  });

  it('a preset sets every control; reset returns to it after a change', async () => {
    const { user } = renderWithProviders(<App />);
    await user.click(screen.getByRole('button', { name: /1 Feb 2025 announcement/ }));
    expect(screen.getByRole('switch', { name: /USMCA exemption/ })).toHaveAttribute('aria-checked', 'false');
    expect(screen.getByRole('slider', { name: 'Mexico: potash' })).toHaveValue('25');
    expect(screen.getByTestId('etr-CA')).toHaveTextContent(
      formatRate(simulate(data, presets['feb-2025-announced'].scenario).countries.CA.etr),
    );
    fireEvent.change(screen.getByRole('slider', { name: 'Canada: general rate' }), { target: { value: '5' } });
    await user.click(screen.getByRole('button', { name: 'Reset to preset' }));
    expect(screen.getByRole('slider', { name: 'Canada: general rate' })).toHaveValue('25');
  });

  it(
    'the sector table sorts by a column and a sector name opens its explanation',
    { timeout: WHOLE_APP_TIMEOUT_MS },
    async () => {
      const { user } = renderWithProviders(<App />);
      // The table is in a lazy chunk: on a cold clone its first transform alone can outlast findBy's default 1 s.
      const table = await screen.findByRole('table', { name: /All 31 sectors of Canada/ }, { timeout: 10_000 });
      await user.click(within(table).getByRole('button', { name: /Effective rate/ }));
      expect(within(table).getByRole('columnheader', { name: /Effective rate/ })).toHaveAttribute(
        'aria-sort',
        'descending',
      );
      const rows = within(table).getAllByRole('row').slice(1);
      // Aluminum carries the highest Canadian rate under November 2025 (50% on 93% of its value).
      expect(rows[0]).toHaveTextContent('Aluminum and articles');
      await user.click(within(table).getByRole('button', { name: 'Explain Crude oil' }));
      expect(screen.getByRole('combobox', { name: 'Sector to explain' })).toHaveValue('crude_oil');
      expect(screen.getByText(/Canada, Crude oil:/)).toBeInTheDocument();
    },
  );
});

describe('loading and errors', () => {
  it('shows a skeleton while the data loads, then an error with a working retry', async () => {
    let calls = 0;
    const realFetch = globalThis.fetch;
    globalThis.fetch = (async (url: string) => {
      if (url.endsWith('products.json')) return new Response(readFileSync(PRODUCTS_OUTPUT, 'utf8'), { status: 200 });
      calls++;
      if (calls === 1) return new Response('nope', { status: 503 });
      return new Response(readFileSync(OUTPUT, 'utf8'), { status: 200 });
    }) as typeof fetch;
    try {
      const { user } = renderWithProviders(<App />, { dataset: null });
      expect(screen.getByRole('status')).toHaveTextContent('Loading trade data');
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent('HTTP 503');
      await user.click(within(alert).getByRole('button', { name: 'Retry' }));
      expect(await screen.findByTestId('etr-CA')).toHaveTextContent(expectedEtr({}, 'CA'));
    } finally {
      globalThis.fetch = realFetch;
    }
  });

  it('a damaged data file gets a clear message', async () => {
    const realFetch = globalThis.fetch;
    globalThis.fetch = (async () =>
      new Response(JSON.stringify({ ...realSectorDataset(), countries: { CA: { id: 'CA' } } }), {
        status: 200,
      })) as typeof fetch;
    try {
      renderWithProviders(<App />, { dataset: null });
      expect(await screen.findByRole('alert')).toHaveTextContent(/trade data file is damaged \(countries\.CA/);
    } finally {
      globalThis.fetch = realFetch;
    }
  });
});
