// Checks the product table (data/raw/products_2024.csv.gz: one row per HTS10 line and country, 2024 imports and
// program membership) before anything uses it: codes well formed, shares in [0, 1], flags 0/1, known categories,
// and each sector's lines adding up to that sector's 2024 imports in sectors.csv within 1%. `npm run data` runs it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';

export const PRODUCTS_FILE = 'products_2024.csv.gz';
/**
 * MFN rates are fractions but not shares: over-quota rates pass 100% (peanuts 163.8%, tobacco 350%, the highest in
 * the schedule), so the bound is 5 (500%).
 */
export const MAX_MFN_RATE = 5;
/** How far a sector's lines may sum from sectors.csv (the product table was rescaled to it: exact in practice). */
export const SECTOR_SUM_TOLERANCE = 0.01;

const SHARES = [
  'usmca_share_2024',
  'usmca_share_2025h1',
  'usmca_share_2025h2',
  'usmca_share_2025h2_cal',
  'steel_share',
  'aluminum_share',
  'copper_share',
  'semi_qualifying_share',
];
/** The heading programs: each a 0/1 column, and the values `heading_program` names the first match by. */
export const HEADINGS = [
  'autos',
  'auto_parts',
  'mhd_trucks',
  'mhd_parts',
  'buses',
  'lumber',
  'furniture_cabinets',
  'semiconductors',
];
export const TIERS = ['', '1a', '1b', '1c', '2', '3'];
export const BASKETS = ['', 'alcohol', 'dairy', 'motor_vehicle_basket'];
export const FLAGS = [
  's232_deriv_steel',
  's232_deriv_aluminum',
  's232_copper',
  ...HEADINGS,
  'pharma',
  's122_exempt',
  'fl301_exempt',
  'ca_energy_carveout',
  'mx_potash',
];
const ONE_OF: Record<string, readonly string[]> = {
  country: ['Canada', 'Mexico'],
  s232_primary: ['', 'steel', 'aluminum'],
  annex_tier_apr: TIERS,
  annex_tier_jun: TIERS,
  heading_program: ['', ...HEADINGS],
  s338_basket: BASKETS,
  s338_basket_from_0915: BASKETS,
  mfn_rate_type: ['ad_valorem', 'free', 'compound', 'specific', 'ad_valorem_on_part', 'other', 'missing'],
};

export interface ProductCheck {
  lines: number;
  problems: string[];
}

/** Pure: the gzipped product table and sectors.csv in, the number of lines and every problem found out. */
export function checkProducts(gz: Buffer, sectorsCsv: string): ProductCheck {
  const rows = parse(gunzipSync(gz).toString('utf8'), { columns: true }) as Record<string, string>[];
  const sectors = parse(sectorsCsv, { columns: true }) as Record<string, string>[];
  const problems: string[] = [];
  const add = (msg: string) => problems.length < 50 && problems.push(msg);
  const seen = new Set<string>();
  const sums = new Map<string, number>();
  for (const [i, r] of rows.entries()) {
    const where = `${PRODUCTS_FILE} row ${i + 2} (${r.country} ${r.hts10})`;
    if (!/^\d{10}$/.test(r.hts10 ?? '')) add(`${where}: hts10 is not 10 digits`);
    const key = `${r.country}|${r.hts10}`;
    if (seen.has(key)) add(`${where}: the line appears twice`);
    seen.add(key);
    for (const c of SHARES) {
      const v = Number(r[c]);
      if (r[c] === undefined || r[c] === '' || !Number.isFinite(v) || v < 0 || v > 1)
        add(`${where}: ${c} = "${r[c]}" is not a share in [0, 1]`);
    }
    const mfn = Number(r.mfn_rate);
    if (r.mfn_rate === '' || !Number.isFinite(mfn) || mfn < 0 || mfn > MAX_MFN_RATE)
      add(`${where}: mfn_rate = "${r.mfn_rate}" is not a rate in [0, ${MAX_MFN_RATE}]`);
    for (const c of FLAGS) if (r[c] !== '0' && r[c] !== '1') add(`${where}: ${c} = "${r[c]}" is not 0 or 1`);
    for (const [c, allowed] of Object.entries(ONE_OF))
      if (!allowed.includes(r[c] ?? ''))
        add(`${where}: ${c} = "${r[c]}" is not one of ${allowed.join(', ') || '(blank)'}`);
    const usd = Number(r.imports_2024_usd);
    if (!Number.isFinite(usd) || usd < 0) add(`${where}: imports_2024_usd = "${r.imports_2024_usd}" is not an amount`);
    const sector = `${r.country}|${r.sector_id}`;
    sums.set(sector, (sums.get(sector) ?? 0) + (Number.isFinite(usd) ? usd : 0));
  }
  for (const s of sectors) {
    if (s.sector_id === 'special_ch98_99') continue;
    const key = `${s.country}|${s.sector_id}`;
    const want = Number(s.imports_2024_usd);
    const got = sums.get(key) ?? 0;
    if (Math.abs(got - want) > SECTOR_SUM_TOLERANCE * want)
      add(
        `${PRODUCTS_FILE}: ${s.country} ${s.sector_id} lines add up to ${(got / 1e9).toFixed(3)}B, sectors.csv has ${(want / 1e9).toFixed(3)}B`,
      );
    sums.delete(key);
  }
  for (const key of sums.keys()) add(`${PRODUCTS_FILE}: lines name a sector sectors.csv does not have: ${key}`);
  return { lines: rows.length, problems };
}

export function checkRawProducts(dir: string): ProductCheck {
  return checkProducts(readFileSync(join(dir, PRODUCTS_FILE)), readFileSync(join(dir, 'sectors.csv'), 'utf8'));
}
