// CSV export: header lines with the scenario and data version; one row per country x sector; safe fields.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, resultsCsv } from '../../../src/features/export/csv';
import { csvField } from '../../../src/lib/csv';
import { DEFAULT_SCENARIO } from '../../../src/model/presets';
import { simulate } from '../../../src/model/simulate';
import { realDataset } from '../../fixtures/builders';

const data = realDataset();

describe('resultsCsv', () => {
  const scenario = { ...DEFAULT_SCENARIO, caGeneral: 0.5 };
  const result = simulate(data, scenario);
  const text = resultsCsv(data, scenario, result, 'http://example.test/?v=1&ca=50&mx=10');
  // A strict RFC 4180 reader: CRLF records only, every record as wide as the first, no loose quotes.
  const records = parse(text, {
    bom: true,
    record_delimiter: '\r\n',
    relax_column_count: false,
    relax_quotes: false,
  }) as string[][];

  it('is RFC 4180: a BOM, CRLF line ends, and records of one width that a strict parser reads', () => {
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(new Set(records.map((r) => r.length))).toEqual(new Set([CSV_COLUMNS.length]));
  });

  it('opens with the scenario, data version, as-of date and link, each one field', () => {
    expect(records[0]![0]).toMatch(/^# USMCA Tariff Simulator/);
    expect(records[1]![0]).toContain(`Data version ${data.version}; as of ${data.asOf}; base year 2024`);
    expect(records[2]![0]).toContain('ca=50%; ca_energy=0%');
    expect(records[2]![0]).toContain('metals=annexJun');
    expect(records[2]![0]).toContain('fl301=10%; s338=50%; s338_mode=duty');
    expect(records[3]![0]).toBe('# Link: http://example.test/?v=1&ca=50&mx=10');
  });

  it('has one row per country and sector whose numbers are the model’s', () => {
    const [header, ...body] = records.slice(4);
    const rows = body.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!])));
    expect(Object.keys(rows[0]!)).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(61 + 2);
    const al = rows.find((r) => r.country === 'Canada' && r.sector_id === 'aluminum')!;
    const model = result.countries.CA.bySector.find((s) => s.id === 'aluminum')!;
    // Money to the dollar, fractions to six decimals.
    expect(Number(al.duty_usd)).toBe(Math.round(model.dutyUsd));
    expect(Number(al.etr_aluminum)).toBeCloseTo(model.byProgram.aluminum, 6);
    expect(al.etr_aluminum!.split('.')[1]?.length ?? 0).toBeLessThanOrEqual(6);
    // No value in scientific notation, and negatives stay plain numbers (not defused into text).
    for (const r of rows) for (const v of Object.values(r)) expect(v).not.toMatch(/^-?\d+(\.\d+)?e[-+]?\d+$/i);
    expect(Number(al.export_change_usd)).toBeLessThan(0);
    // A total per country, equal to the model's country figures and to the sum of its sector rows (to rounding).
    for (const c of ['CA', 'MX'] as const) {
      const name = data.countries[c].name;
      const total = rows.find((r) => r.country === name && r.sector_id === 'total')!;
      expect(total.sector).toBe('All sectors');
      expect(Number(total.duty_usd)).toBe(Math.round(result.countries[c].dutyUsd));
      expect(Number(total.etr)).toBeCloseTo(result.countries[c].etr, 6);
      const sum = rows
        .filter((r) => r.country === name && r.sector_id !== 'total')
        .reduce((s, r) => s + Number(r.duty_usd), 0);
      // 30 or 31 rows, each rounded to the dollar.
      expect(Math.abs(sum - Number(total.duty_usd))).toBeLessThanOrEqual(31);
    }
    // Labels with commas survive quoting.
    expect(rows.some((r) => r.sector === 'Agriculture, food & beverages')).toBe(true);
  });
});

describe('csvField', () => {
  it('quotes commas, quotes and newlines, and defuses formulas', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('-5')).toBe("'-5");
    expect(csvField(-5)).toBe('-5');
    expect(csvField(Number.NaN)).toBe('');
  });
});
