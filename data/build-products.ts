// The product table for the browser (public/data/products.json and product-text.json), built by `npm run data` from
// data/raw/products_2024.csv.gz: columnar, integers only (shares and MFN rates in 1/10,000, which is the precision
// of the source), so that it gzips small and the engine reads it into typed arrays without parsing strings. The
// numbers and the words are two files: the engine needs only the first; search, the product panel and the CLI read
// the second.
import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { BASKETS, FLAGS, TIERS } from './check-products';
import type { ProductFile, ProductTextFile } from '../src/model/products';
import { COUNTRIES, type Country } from '../src/model/types';

const COUNTRY_OF: Record<string, Country> = { Canada: 'CA', Mexico: 'MX' };
/** Bits of a line's metal listing (annex_metal_*: `steel`, `aluminum+steel`, ...). */
const METAL_BITS: Record<string, number> = { steel: 1, aluminum: 2, copper: 4 };
export const SHARE_SCALE = 10_000;

const scaled = (x: string) => Math.round(Number(x) * SHARE_SCALE);
const metalBits = (x: string) => x.split('+').reduce((a, m) => a | (METAL_BITS[m] ?? 0), 0);

export interface BuiltProducts {
  products: ProductFile;
  text: ProductTextFile;
}

/**
 * Pure: the gzipped product table, each country's sector ids (in dataset.json's order) and the dataset's version in;
 * the two files out. Lines keep the table's order; codes are shared by the two countries in one sorted list.
 */
export function buildProducts(
  gz: Buffer,
  sectorIds: Record<Country, readonly string[]>,
  datasetVersion: string,
): BuiltProducts {
  const rows = parse(gunzipSync(gz).toString('utf8'), { columns: true }) as Record<string, string>[];
  const codes = [...new Set(rows.map((r) => r.hts10 ?? ''))].sort();
  const at = new Map(codes.map((c, i) => [c, i]));
  const desc: string[] = Array.from({ length: codes.length }, () => '');
  const headingOf: number[] = Array.from({ length: codes.length }, () => 0);
  const headings: string[] = [];
  const headingAt = new Map<string, number>();
  const countries = Object.fromEntries(
    COUNTRIES.map((c) => [
      c,
      {
        sectorIds: [...sectorIds[c]],
        line: [] as number[],
        sector: [] as number[],
        value: [] as number[],
        u2024: [] as number[],
        u2025h1: [] as number[],
        u2025h2: [] as number[],
        mfn: [] as number[],
        steel: [] as number[],
        aluminum: [] as number[],
        copper: [] as number[],
        flags: [] as number[],
        primary: [] as number[],
        tierApr: [] as number[],
        metalApr: [] as number[],
        tierJun: [] as number[],
        metalJun: [] as number[],
        basket: [] as number[],
      },
    ]),
  ) as ProductFile['countries'];
  const last: Record<Country, number> = { CA: 0, MX: 0 };
  for (const r of rows) {
    const c = COUNTRY_OF[r.country ?? ''];
    if (!c) throw new Error(`unknown country ${r.country}`);
    const x = countries[c];
    const i = at.get(r.hts10 ?? '') as number;
    const s = x.sectorIds.indexOf(r.sector_id ?? '');
    if (s < 0) throw new Error(`${r.country} ${r.hts10}: sector ${r.sector_id} is not in dataset.json`);
    desc[i] = r.description ?? '';
    const h = r.heading_description ?? '';
    if (!headingAt.has(h)) headingAt.set(h, headings.push(h) - 1);
    headingOf[i] = headingAt.get(h) as number;
    // Codes as the step from the previous line of the same country: the table is sorted by code within a country.
    x.line.push(i - last[c]);
    last[c] = i;
    x.sector.push(s);
    x.value.push(Math.round(Number(r.imports_2024_usd)));
    x.u2024.push(scaled(r.usmca_share_2024 ?? ''));
    x.u2025h1.push(scaled(r.usmca_share_2025h1 ?? ''));
    // The app's 2025h2 period is July-December 2025, as in sectors.csv (the tracker's window runs to February 2026).
    x.u2025h2.push(scaled(r.usmca_share_2025h2_cal ?? ''));
    x.mfn.push(scaled(r.mfn_rate ?? ''));
    x.steel.push(scaled(r.steel_share ?? ''));
    x.aluminum.push(scaled(r.aluminum_share ?? ''));
    x.copper.push(scaled(r.copper_share ?? ''));
    x.flags.push(FLAGS.reduce((a, f, b) => (r[f] === '1' ? a | (1 << b) : a), 0));
    x.primary.push(metalBits(r.s232_primary ?? ''));
    x.tierApr.push(TIERS.indexOf(r.annex_tier_apr ?? ''));
    x.metalApr.push(metalBits(r.annex_metal_apr ?? ''));
    x.tierJun.push(TIERS.indexOf(r.annex_tier_jun ?? ''));
    x.metalJun.push(metalBits(r.annex_metal_jun ?? ''));
    x.basket.push(BASKETS.indexOf(r.s338_basket ?? ''));
  }
  for (const c of COUNTRIES)
    if (countries[c].line.some((d, k) => k > 0 && d <= 0)) throw new Error(`${c}: lines are not sorted by code`);
  const body = { scale: SHARE_SCALE, flagColumns: [...FLAGS], tiers: [...TIERS], baskets: [...BASKETS], countries };
  const version = createHash('sha256').update(JSON.stringify(body)).update(JSON.stringify(desc)).digest('hex');
  return {
    products: { format: 1, version: version.slice(0, 12), datasetVersion, ...body },
    text: {
      format: 1,
      version: version.slice(0, 12),
      // The sorted codes as numbers, each the step from the one before (half the gzipped size of the strings).
      codeSteps: codes.map((c, i) => Number(c) - (i > 0 ? Number(codes[i - 1]) : 0)),
      desc,
      heading: headingOf,
      headings,
    },
  };
}
