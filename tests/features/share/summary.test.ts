// The plain-text summary names the scenario, its changes and both countries' headline numbers.
import { describe, expect, it } from 'vitest';
import { scenarioSummary } from '../../../src/features/share/summary';
import { formatRate } from '../../../src/lib/format';
import { PRESET_DOCS } from '../../../src/model/presetDocs';
import { presets } from '../../../src/model/presets';
import { simulate } from '../../../src/model/simulate';
import { realDataset } from '../../fixtures/builders';

const data = realDataset();
const names = { CA: 'Canada', MX: 'Mexico' };
const NOV = presets['nov-2025'].scenario;

describe('scenarioSummary', () => {
  it('names an unchanged preset and gives both countries’ numbers', () => {
    const r = simulate(data, NOV);
    const text = scenarioSummary(NOV, 'nov-2025', r, names, 'http://x/?v=1');
    expect(text.split('\n')[0]).toBe(`Scenario: ${PRESET_DOCS['nov-2025'].label}`);
    expect(text).toContain(`Canada: effective tariff rate ${formatRate(r.countries.CA.etr)}`);
    expect(text).toContain(`Mexico: effective tariff rate ${formatRate(r.countries.MX.etr)}`);
    expect(text.trim().endsWith('http://x/?v=1')).toBe(true);
  });

  it('lists what was changed from the preset', () => {
    const s = { ...NOV, caGeneral: 0.5, usmcaExemption: false };
    const text = scenarioSummary(s, 'nov-2025', simulate(data, s), names, '');
    expect(text.split('\n')[0]).toBe(
      `Scenario: ${PRESET_DOCS['nov-2025'].label}, changed: Canada: general rate 50%; USMCA exemption Off`,
    );
  });

  it('names the trade response in use, and words the GDP share as a size, not a fall', () => {
    const short = scenarioSummary(NOV, 'nov-2025', simulate(data, NOV), names, '');
    expect(short).toContain('one-year trade response');
    const s = { ...NOV, elasticityMode: 'sector' as const };
    const r = simulate(data, s);
    const long = scenarioSummary(s, 'nov-2025', r, names, '');
    expect(long).toContain('long-run trade response, by sector');
    expect(long).not.toContain('one-year');
    // The loss as a share of GDP, without a minus sign that reads as GDP falling.
    expect(long).toContain(`a loss as large as ${formatRate(Math.abs(r.countries.CA.exportChangePctGdp))} of GDP`);
  });
});
