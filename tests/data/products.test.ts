// The product table: the shipped file passes every check; each kind of bad line is named.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkProducts, checkRawProducts, PRODUCTS_FILE } from '../../data/check-products';

const RAW = join(import.meta.dirname, '..', '..', 'data', 'raw');

/** The header and the first `n` lines of the shipped table, edited by `edit`, with a sectors.csv that fits them. */
function small(n: number, edit: (cells: Record<string, string>, i: number) => void = () => {}) {
  const [header = '', ...lines] = gunzipSync(readFileSync(join(RAW, PRODUCTS_FILE)))
    .toString('utf8')
    .split('\n');
  const cols = header.split(',');
  // The first lines are plain (no quoted commas in the description) for this purpose: check and keep only those.
  const rows = lines
    .slice(0, 200)
    .filter((l) => !l.includes('"'))
    .slice(0, n)
    .map((l) => Object.fromEntries(l.split(',').map((v, i) => [cols[i] ?? '', v])));
  rows.forEach(edit);
  const sums = new Map<string, number>();
  for (const r of rows)
    sums.set(
      `${r.country},${r.sector_id}`,
      (sums.get(`${r.country},${r.sector_id}`) ?? 0) + Number(r.imports_2024_usd),
    );
  const sectors = ['country,sector_id,imports_2024_usd', ...[...sums].map(([k, v]) => `${k},${v}`)].join('\n');
  const csv = [header, ...rows.map((r) => cols.map((c) => r[c]).join(','))].join('\n');
  return { gz: gzipSync(csv), sectors };
}

describe('product table', () => {
  it('the shipped file: 22,363 lines (12,140 Canadian, 10,223 Mexican), no problem, sectors within 1%', () => {
    const check = checkRawProducts(RAW);
    expect(check.problems).toEqual([]);
    expect(check.lines).toBe(12_140 + 10_223);
  });

  it('a clean sample passes', () => {
    const { gz, sectors } = small(5);
    expect(checkProducts(gz, sectors)).toEqual({ lines: 5, problems: [] });
  });

  it('names a share outside [0, 1], a bad code, a repeated line, a bad flag and an unknown tier', () => {
    let firstCode = '';
    const { gz, sectors } = small(5, (r, i) => {
      if (i === 0) {
        firstCode = r.hts10 ?? '';
        r.usmca_share_2025h2 = '1.2';
      }
      if (i === 1) r.hts10 = '010121001';
      if (i === 2) r.annex_tier_jun = '4';
      if (i === 3) r.pharma = 'yes';
      if (i === 4) r.hts10 = firstCode;
    });
    const problems = checkProducts(gz, sectors).problems.join('\n');
    expect(problems).toMatch(/usmca_share_2025h2 = "1.2" is not a share/);
    expect(problems).toMatch(/hts10 is not 10 digits/);
    expect(problems).toMatch(/annex_tier_jun = "4" is not one of/);
    expect(problems).toMatch(/pharma = "yes" is not 0 or 1/);
    expect(problems).toMatch(/the line appears twice/);
  });

  it('names a sector whose lines miss sectors.csv by more than 1%, and MFN rates allow over-quota duties', () => {
    const { gz, sectors } = small(3, (r) => {
      r.mfn_rate = '3.5'; // tobacco over quota: 350%, a real rate
    });
    const off = sectors.replace(/,(\d+)$/m, (_m, v: string) => `,${Math.round(Number(v) * 1.02)}`);
    const problems = checkProducts(gz, off).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/lines add up to .* sectors.csv has/);
  });
});
