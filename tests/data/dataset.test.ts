// The data pipeline: the committed dataset is exactly what `npm run data` builds, and bad figures are refused.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDataset, OUTPUT, readRawFiles, serializeDataset } from '../../data/build-dataset';
import { parseDataset } from '../../src/data/schema';

const raw = readRawFiles();

/** The raw files with one cell of sectors.csv replaced. */
function withCell(sectorId: string, country: string, column: string, value: string) {
  const [header, ...lines] = raw['sectors.csv'].split('\n');
  const cols = (header ?? '').split(',');
  const idx = cols.indexOf(column);
  const edited = lines.map((line) => {
    if (!line.startsWith(`${country},${sectorId},`)) return line;
    // The first `idx` cells before any quoted field are plain numbers or ids in this file.
    const cells = line.split(',');
    cells[idx] = value;
    return cells.join(',');
  });
  return { ...raw, 'sectors.csv': [header, ...edited].join('\n') };
}

describe('dataset build', () => {
  it('the committed public/data/dataset.json is exactly what the script produces', () => {
    expect(readFileSync(OUTPUT, 'utf8')).toBe(serializeDataset(buildDataset(raw)));
  });

  it('adds up to the 2024 totals: Canada $392.35B, Mexico $489.35B over the sectors', () => {
    const d = buildDataset(raw);
    const total = (c: 'CA' | 'MX') => d.countries[c].sectors.reduce((s, x) => s + x.imports2024Usd, 0);
    expect(total('CA') / 1e9).toBeCloseTo(392.35, 2);
    expect(total('MX') / 1e9).toBeCloseTo(489.35, 2);
    expect(d.countries.CA.sectors).toHaveLength(31);
    expect(d.countries.MX.sectors).toHaveLength(30);
  });

  it('carries the counter-measures on US goods with their sources, and leaves out the row with none', () => {
    const d = buildDataset(raw);
    expect(d.counterMeasures.length).toBeGreaterThan(0);
    for (const m of d.counterMeasures) expect(m.source).not.toBe('');
    // The file marks one row as recalled without a source ("memory only", confidence "unverified").
    expect(raw['retaliation.csv']).toContain('unverified');
    expect(d.counterMeasures.some((m) => m.confidence === 'unverified')).toBe(false);
    // What was lifted on 1 September 2025, as the file dates it.
    const rollback = d.counterMeasures.find((m) => m.effectiveDate === '2025-09-01');
    expect(rollback?.country).toBe('Canada');
    expect(rollback?.rate).toBe('removed');
  });

  it('carries a data version, an as-of date and the macro figures with sources', () => {
    const d = parseDataset(JSON.parse(readFileSync(OUTPUT, 'utf8')));
    expect(d.version).toMatch(/^[0-9a-f]{12}$/);
    expect(d.asOf).toBe('2026-02-28');
    expect(d.countries.CA.gdpUsd).toBe(2.24e12);
    expect(d.countries.MX.gdpUsd).toBe(1.85e12);
    expect(d.countries.CA.shareExportsToUs).toBeCloseTo(0.759, 10);
    expect(d.countries.MX.totalExportsUsd).toBeCloseTo(617.1e9, 0);
    // Canada's total is derived (412.7 / 0.759) and says so.
    expect(d.countries.CA.totalExportsUsd).toBeCloseTo(412.7e9 / 0.759, 0);
    expect(d.countries.CA.totalExportsSource).toMatch(/ASSUMPTION/);
    expect(d.macro.every((m) => m.source.length > 0)).toBe(true);
  });

  it('falls back to the sector share where a period column is blank (MODEL.md)', () => {
    const d = buildDataset(raw);
    const crude = d.countries.CA.sectors.find((s) => s.id === 'crude_oil')!;
    // usmca_autos_2025h2 is blank for crude oil: use usmca_share_2025h2 = 0.9951; 2025h1 has no specific columns.
    expect(crude.usmca['2025h2'].autos).toBe(0.9951);
    expect(crude.usmca['2025h1'].non232).toBe(0.6541);
    expect(d.countries.CA.sectors.find((s) => s.id === 'electricity')!.sigmaBw).toBeNull();
  });

  it('refuses a share outside [0, 1]', () => {
    expect(() => buildDataset(withCell('crude_oil', 'Canada', 'usmca_share_2024', '1.2'))).toThrow(/outside \[0, 1\]/);
  });

  it('refuses program shares that add up to more than 1 plus the tolerance', () => {
    expect(() => buildDataset(withCell('aluminum', 'Canada', 's232_steel_share', '0.5'))).toThrow(
      /program shares add up/,
    );
  });

  it('refuses sector values that miss the country total', () => {
    expect(() => buildDataset(withCell('crude_oil', 'Canada', 'imports_2024_usd', '96000000000'))).toThrow(
      /Canada: 2024 imports add up to/,
    );
  });

  it('refuses text where a number goes', () => {
    expect(() => buildDataset(withCell('crude_oil', 'Canada', 'mfn_rate', 'n/a'))).toThrow(/not a number/);
  });
});

describe('the app’s dataset schema', () => {
  const good = () => JSON.parse(readFileSync(OUTPUT, 'utf8')) as ReturnType<typeof buildDataset>;

  it('accepts the committed dataset', () => {
    expect(() => parseDataset(good())).not.toThrow();
  });

  it('refuses a date that does not exist and a month that is not one', () => {
    expect(() => parseDataset({ ...good(), asOf: '2025-13-45' })).toThrow(/calendar date/);
    expect(() => parseDataset({ ...good(), asOf: '2025-02-30' })).toThrow(/calendar date/);
    const d = good();
    d.monthlyDuties[0]!.month = '2025-00';
    expect(() => parseDataset(d)).toThrow(/month/);
  });

  it('refuses zero or absurd trade figures, which would show as NaN or ∞', () => {
    const zero = good();
    zero.countries.CA.sectors[0]!.imports2024Usd = 0;
    expect(() => parseDataset(zero)).toThrow(/imports2024Usd/);
    const huge = good();
    huge.monthlyDuties[0]!.importsMexicoUsd = 4.5e19;
    expect(() => parseDataset(huge)).toThrow(/importsMexicoUsd/);
    const noGdp = good();
    noGdp.countries.MX.gdpUsd = 0;
    expect(() => parseDataset(noGdp)).toThrow(/gdpUsd/);
  });
});
