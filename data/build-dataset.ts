// Builds public/data/dataset.json from the CSVs in data/raw, after checking every figure (`npm run data`).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { datasetSchema } from '../src/data/schema';
import { checkRawProducts, PRODUCTS_FILE } from './check-products';
import { buildProducts } from './build-products';
import { PROGRAM_ROWS, PROGRAMS } from '../src/model/programs';
import {
  PERIODS,
  PROGRAMS_232,
  type Country,
  type CountryData,
  type Dataset,
  type Period,
  type Program232,
  type Sector,
  type Shares2026,
  type UsmcaShares,
} from '../src/model/types';

export const RAW_FILES = [
  'sectors.csv',
  'macro.csv',
  'usmca_utilization_monthly.csv',
  'us_imports_duties_monthly.csv',
  'policy_measures.csv',
  'retaliation.csv',
  'context.csv',
  'sector_shares_2026.csv',
  'measures_2026.csv',
] as const;
type RawFile = (typeof RAW_FILES)[number];

/** 2024 totals the sector rows must add up to (Census consumption imports, ch. 98/99 excluded; SOURCES.md). */
export const EXPECTED_TOTALS_USD: Record<Country, number> = { CA: 392.35e9, MX: 489.35e9 };
const TOTAL_TOLERANCE_USD = 0.01e9;
/** Scopes of one sector may overlap a little (metal content inside parts scope): allowed slack. */
export const SCOPE_SUM_TOLERANCE = 0.02;

const COUNTRY_NAMES: Record<Country, string> = { CA: 'Canada', MX: 'Mexico' };
const SCOPE_COLUMNS: Record<Program232, string> = {
  steel: 's232_steel_share',
  aluminum: 's232_aluminum_share',
  copper: 's232_copper_share',
  autos: 's232_autos_share',
  autoParts: 's232_auto_parts_share',
  mhdTrucks: 's232_mhd_trucks_share',
  mhdParts: 's232_mhd_parts_share',
  buses: 's232_buses_share',
  lumber: 's232_lumber_share',
  furniture: 's232_furniture_share',
};
const SPECIAL_SECTOR = 'special_ch98_99';

type Row = Record<string, string>;

function rows(text: string): Row[] {
  return parse(text, { columns: true, skip_empty_lines: true, trim: true }) as Row[];
}

class Problems {
  list: string[] = [];
  add(msg: string) {
    this.list.push(msg);
  }
  /** A number from a cell; blank gives `blank` (or a problem when no fallback is allowed). */
  num(row: Row, col: string, where: string, blank?: number): number {
    const raw = row[col];
    if (raw === undefined) {
      this.add(`${where}: column ${col} is missing`);
      return NaN;
    }
    if (raw === '') {
      if (blank === undefined) this.add(`${where}: ${col} is blank`);
      return blank ?? NaN;
    }
    const v = Number(raw.replace(/^~/, ''));
    if (!Number.isFinite(v)) this.add(`${where}: ${col} = "${raw}" is not a number`);
    return v;
  }
  share(row: Row, col: string, where: string, blank?: number): number {
    const v = this.num(row, col, where, blank);
    if (Number.isFinite(v) && (v < 0 || v > 1)) this.add(`${where}: ${col} = ${v} is outside [0, 1]`);
    return v;
  }
}

const countryOf = (name: string): Country | undefined =>
  name === 'Canada' ? 'CA' : name === 'Mexico' ? 'MX' : undefined;

/** The 2026 programs' shares of one sector (sector_shares_2026.csv); a blank USMCA share of an empty base is 0. */
function shares2026From(r: Row | undefined, where: string, importsUsd: number, p: Problems): Shares2026 {
  if (!r) {
    p.add(`${where}: no row in sector_shares_2026.csv`);
    r = {};
  }
  const w = `sector_shares_2026.csv ${where}`;
  // Both files must describe the same 2024 basket (the product table sums to both).
  const value = p.num(r, 'imports_2024_usd', w);
  if (Math.abs(value - importsUsd) > 1e-6 * importsUsd)
    p.add(`${w}: imports_2024_usd ${value} differs from sectors.csv ${importsUsd}`);
  const sh = (col: string) => p.share(r, col, w);
  const residual = (covered: string, exempt: string) => ({ covered: sh(covered), exempt: sh(exempt) });
  const eq50 = (m: string) => ({
    steel: sh(`steel_eq50_${m}`),
    aluminum: sh(`aluminum_eq50_${m}`),
    copper: sh(`copper_eq50_${m}`),
  });
  return {
    s122: {
      content: residual('s122_covered_share_feb', 's122_exempt_share'),
      annexApr: residual('s122_covered_share_apr', 's122_exempt_share_apr'),
      annexJun: residual('s122_covered_share_jun', 's122_exempt_share_jun'),
    },
    fl301: residual('fl301_covered_share', 'fl301_exempt_share'),
    metalsEq50: { annexApr: eq50('apr'), annexJun: eq50('jun') },
    metalsCoveredFull: { annexApr: sh('metals_covered_full_apr'), annexJun: sh('metals_covered_full_jun') },
    // Programs added after sectors.csv name their own column (the program table's scopeColumn).
    scopes: Object.fromEntries(
      PROGRAMS.flatMap((id) => {
        const col = PROGRAM_ROWS[id].scopeColumn;
        return col ? [[id, sh(col)]] : [];
      }),
    ),
    s338: {
      alcohol: sh('s338_alcohol_share'),
      dairy: sh('s338_dairy_share'),
      motorVehicleBasket: sh('s338_mv_basket_share'),
    },
  };
}

function sectorFrom(r: Row, c: Country, p: Problems, shares: Row | undefined): Sector {
  const where = `sectors.csv ${r.country}/${r.sector_id}`;
  const usmca = {} as Record<Period, UsmcaShares>;
  for (const period of PERIODS) {
    const all = p.share(r, `usmca_share_${period}`, where);
    // MODEL.md: where a period-specific column is blank or missing, use the sector share of the period.
    const specific = (name: string) => (name in r ? p.share(r, name, where, all) : all);
    usmca[period] = {
      all,
      non232: specific(`usmca_non232_${period}`),
      autos: specific(`usmca_autos_${period}`),
      autoParts: specific(`usmca_auto_parts_${period}`),
      mhdTrucks: specific(`usmca_mhd_trucks_${period}`),
      mhdParts: specific(`usmca_mhd_parts_${period}`),
    };
  }
  const scope232 = {} as Record<Program232, number>;
  for (const prog of PROGRAMS_232) scope232[prog] = p.share(r, SCOPE_COLUMNS[prog], where);
  const scopeSum = PROGRAMS_232.reduce((s, prog) => s + scope232[prog], 0);
  if (scopeSum > 1 + SCOPE_SUM_TOLERANCE)
    p.add(`${where}: program shares add up to ${scopeSum.toFixed(4)} > 1 + ${SCOPE_SUM_TOLERANCE}`);
  const mfn2024 = p.share(r, 'mfn_rate_nonusmca_2024', where);
  const sigma = p.num(r, 'sigma_bw', where, -1);
  return {
    id: r.sector_id ?? '',
    label: r.sector ?? '',
    hsScope: r.hs_scope ?? '',
    notes: r.notes ?? '',
    imports2024Usd: p.num(r, 'imports_2024_usd', where),
    imports2025Usd: p.num(r, 'imports_2025_usd', where),
    usmca,
    carveoutShare: p.share(r, c === 'CA' ? 'ca_energy_carveout_share' : 'mx_potash_share', where, 0),
    mfnRate: p.share(r, 'mfn_rate', where),
    // MODEL.md: the 2024 non-USMCA MFN rate serves periods 2024 and 2025h1.
    mfnNonUsmca: {
      '2024': mfn2024,
      '2025h1': mfn2024,
      '2025h2': p.share(r, 'mfn_rate_nonusmca_2025h2', where),
    },
    scope232,
    coveredShare: p.share(r, 's232_covered_share', where),
    sigmaBw: sigma > 0 ? sigma : null,
    shares2026: shares2026From(shares, `${r.country}/${r.sector_id}`, p.num(r, 'imports_2024_usd', where), p),
  };
}

function macroValue(macro: Dataset['macro'], country: string, indicator: string, p: Problems) {
  const row = macro.find((m) => m.country === country && m.indicator === indicator);
  if (!row) p.add(`macro.csv: no "${indicator}" for ${country}`);
  return row;
}

const SCALE: Record<string, number> = {
  'USD trillion': 1e12,
  'USD billion': 1e9,
  'USD billion (currency as reported; consistent with USD)': 1e9,
  'USD billion (as reported)': 1e9,
  '%': 0.01,
};

function scaled(row: Dataset['macro'][number] | undefined): number {
  return row ? row.value * (SCALE[row.unit] ?? 1) : NaN;
}

function endOfMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, m ?? 1, 0)).toISOString().slice(0, 10);
}

/** Pure: the CSV texts in, the checked dataset out (throws listing every problem found). */
export function buildDataset(files: Record<RawFile, string>): Dataset {
  const p = new Problems();
  const version = createHash('sha256')
    .update(RAW_FILES.map((f) => files[f]).join('\u0000'))
    .digest('hex')
    .slice(0, 12);

  const macro: Dataset['macro'] = rows(files['macro.csv']).map((r) => ({
    country: r.country ?? '',
    indicator: r.indicator ?? '',
    value: Number((r.value ?? '').replace(/^~/, '')),
    unit: r.unit ?? '',
    year: r.year ?? '',
    source: r.source ?? '',
    confidence: r.confidence ?? '',
  }));

  const sectorRows = rows(files['sectors.csv']);
  const shareRows = rows(files['sector_shares_2026.csv']);
  const sharesOf = (country: string, id: string) => shareRows.find((x) => x.country === country && x.sector_id === id);
  const countries = {} as Record<Country, CountryData>;
  for (const c of ['CA', 'MX'] as const) {
    const name = COUNTRY_NAMES[c];
    const mine = sectorRows.filter((r) => countryOf(r.country ?? '') === c);
    const special = mine.find((r) => r.sector_id === SPECIAL_SECTOR);
    const sectors = mine
      .filter((r) => r.sector_id !== SPECIAL_SECTOR)
      .map((r) => sectorFrom(r, c, p, sharesOf(r.country ?? '', r.sector_id ?? '')));
    const total = sectors.reduce((s, x) => s + x.imports2024Usd, 0);
    if (Math.abs(total - EXPECTED_TOTALS_USD[c]) > TOTAL_TOLERANCE_USD)
      p.add(`${name}: 2024 imports add up to ${(total / 1e9).toFixed(3)}B, expected ${EXPECTED_TOTALS_USD[c] / 1e9}B`);
    const gdp = scaled(macroValue(macro, name, 'GDP (current US$)', p));
    const toUsLabel =
      c === 'CA' ? "Share of Canada's merchandise exports going to US" : "Share of Mexico's exports going to US";
    const shareToUs = scaled(macroValue(macro, name, toUsLabel, p));
    let totalExportsUsd: number;
    let totalExportsSource: string;
    if (c === 'MX') {
      const row = macroValue(macro, name, 'Mexico total merchandise exports', p);
      totalExportsUsd = scaled(row);
      totalExportsSource = `INEGI: US$${row?.value}B in 2024 (${row?.source})`;
    } else {
      // Canada's total is only published in CAD (and itself derived), so derive a USD figure the same
      // way for the app: US imports from Canada / share of Canada's exports that go to the US.
      const toUs = scaled(macroValue(macro, name, 'US goods imports from Canada (Census general imports)', p));
      totalExportsUsd = toUs / shareToUs;
      totalExportsSource =
        "ASSUMPTION (derived): US general imports from Canada 2024, US$412.7B (Census) / 75.9% share of Canada's exports going to the US (Statistics Canada)";
    }
    countries[c] = {
      id: c,
      name,
      gdpUsd: gdp,
      totalExportsUsd,
      totalExportsSource,
      shareExportsToUs: shareToUs,
      sectors,
      special: {
        label: special?.sector ?? 'Special classifications (ch. 98/99)',
        imports2025Usd: special ? p.num(special, 'imports_2025_usd', 'special row', 0) : 0,
        notes: special?.notes ?? '',
      },
    };
  }

  const monthlyUtilization: Dataset['monthlyUtilization'] = rows(files['usmca_utilization_monthly.csv']).map((r) => ({
    country: countryOf(r.country ?? '') ?? 'CA',
    month: r.month ?? '',
    importsUsd: p.num(r, 'imports_covered_usd', 'usmca_utilization_monthly.csv'),
    usmcaClaimedUsd: p.num(r, 'usmca_claimed_usd', 'usmca_utilization_monthly.csv'),
    usmcaShare: p.share(r, 'usmca_share', 'usmca_utilization_monthly.csv'),
  }));
  const monthlyDuties: Dataset['monthlyDuties'] = rows(files['us_imports_duties_monthly.csv']).map((r) => {
    const w = `us_imports_duties_monthly.csv ${r.date}`;
    return {
      month: (r.date ?? '').slice(0, 7),
      importsCanadaUsd: p.num(r, 'imports_from_canada_musd', w) * 1e6,
      importsMexicoUsd: p.num(r, 'imports_from_mexico_musd', w) * 1e6,
      dutiableShareCanada: p.num(r, 'dutiable_share_canada_pct', w) / 100,
      dutiableShareMexico: p.num(r, 'dutiable_share_mexico_pct', w) / 100,
      customsDutiesUsd: p.num(r, 'treasury_customs_duties_musd', w) * 1e6,
      usAggregateEffectiveRate: p.num(r, 'us_aggregate_effective_rate_pct', w) / 100,
    };
  });
  const policyMeasures: Dataset['policyMeasures'] = rows(files['policy_measures.csv']).map((r) => ({
    measure: r.measure ?? '',
    country: r.country ?? '',
    rate: r.rate ?? '',
    effectiveDate: r.effective_date ?? '',
    usmcaTreatment: r.usmca_treatment ?? '',
    legalInstrument: r.legal_instrument ?? '',
    status: r.status_nov_2025 ?? '',
    source: r.source ?? '',
    confidence: r.confidence ?? '',
  }));

  // Context figures derived from macro.csv (2024), so that each carries its arithmetic.
  const bn = (country: string, indicator: string) => scaled(macroValue(macro, country, indicator, p));
  const usCa =
    bn('Canada', 'US goods imports from Canada (Census general imports)') + bn('Canada', 'US goods exports to Canada');
  const usMx = bn('Mexico', 'US-Mexico two-way goods trade');
  const caMxImports = bn('Canada-Mexico', 'Canada imports from Mexico');
  const caMxExports = bn('Canada-Mexico', 'Canada exports to Mexico');
  const caMx = caMxImports + caMxExports;
  const context: Dataset['context'] = [
    {
      id: 'usmca_trade',
      label: 'Yearly goods trade among the USMCA partners',
      text: 'US–Canada, US–Mexico and Canada–Mexico goods trade in 2024 add up to about US$1.6 trillion.',
      value: usCa + usMx + caMx,
      unit: 'USD',
      source: `DERIVED from macro.csv: US–Canada ${(usCa / 1e9).toFixed(1)}B + US–Mexico ${(usMx / 1e9).toFixed(1)}B + Canada–Mexico ${(caMx / 1e9).toFixed(1)}B (Census, Statistics Canada)`,
      confidence: 'medium (sum of sources with different bases)',
    },
    {
      id: 'ca_mx_trade',
      label: 'Canada–Mexico trade',
      text: 'Goods trade between Canada and Mexico in 2024: about C$56 billion.',
      value: caMx,
      unit: 'USD',
      source: `Statistics Canada via coverage of the Mexico–Canada meeting: imports from Mexico ${(caMxImports / 1e9).toFixed(3)}B + exports to Mexico ${(caMxExports / 1e9).toFixed(3)}B; CAD at about 1.37 CAD/USD (derived)`,
      confidence: 'medium',
    },
    ...rows(files['context.csv']).map((r) => ({
      id: r.id ?? '',
      label: r.label ?? '',
      text: r.text ?? '',
      value: null,
      unit: '',
      source: r.source ?? '',
      confidence: r.confidence ?? '',
    })),
  ];

  // Counter-measures on US goods, as the file states them. A row the file itself marks unverified (recalled, with no
  // source) is left out: the app shows no figure without a source.
  const counterMeasures: Dataset['counterMeasures'] = rows(files['retaliation.csv'])
    .filter((r) => (r.confidence ?? '') !== 'unverified')
    .map((r) => ({
      country: r.country ?? '',
      measure: r.measure ?? '',
      rate: r.rate ?? '',
      effectiveDate: r.effective_date ?? '',
      scope: r.scope ?? '',
      status: r.status ?? '',
      source: r.source ?? '',
      confidence: r.confidence ?? '',
    }));
  for (const m of counterMeasures)
    if (!m.measure || !m.source) p.list.push(`retaliation.csv: a row without a measure or a source (${m.measure})`);

  const lastMonth =
    monthlyUtilization
      .map((m) => m.month)
      .sort()
      .at(-1) ?? '1970-01';
  const dataset: Dataset = {
    version,
    asOf: endOfMonth(lastMonth),
    baseYear: 2024,
    countries,
    macro: macro.filter((m) => Number.isFinite(m.value)),
    monthlyUtilization,
    monthlyDuties,
    policyMeasures,
    context,
    counterMeasures,
    sourcesNote:
      'US Census 2024 imports by HTS10 and USITC DataWeb 2025 USMCA claims (via the Yale Budget Lab trackers), Section 232 scopes, MFN rates, Broda–Weinstein elasticities; see data/SOURCES.md.',
  };
  if (p.list.length > 0) throw new Error(`The data has ${p.list.length} problem(s):\n- ${p.list.join('\n- ')}`);
  const checked = datasetSchema.safeParse(dataset);
  if (!checked.success) throw new Error(`The dataset does not fit its schema:\n${checked.error.message}`);
  return dataset;
}

export const DATA_DIR = dirname(fileURLToPath(import.meta.url));
export const OUTPUT = join(DATA_DIR, '..', 'public', 'data', 'dataset.json');
export const PRODUCTS_OUTPUT = join(DATA_DIR, '..', 'public', 'data', 'products.json');
export const PRODUCT_TEXT_OUTPUT = join(DATA_DIR, '..', 'public', 'data', 'product-text.json');

/** The product files for a dataset (sectors matched by id), from the raw product table. */
export function buildProductFiles(d: Dataset, dir = join(DATA_DIR, 'raw')) {
  const ids = (c: Country) => d.countries[c].sectors.map((s) => s.id);
  return buildProducts(readFileSync(join(dir, PRODUCTS_FILE)), { CA: ids('CA'), MX: ids('MX') }, d.version);
}

export function readRawFiles(dir = join(DATA_DIR, 'raw')): Record<RawFile, string> {
  return Object.fromEntries(RAW_FILES.map((f) => [f, readFileSync(join(dir, f), 'utf8')])) as Record<RawFile, string>;
}

export function serializeDataset(d: Dataset): string {
  return `${JSON.stringify(d, null, 1)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const d = buildDataset(readRawFiles());
    // The product table is checked here too (it is not in dataset.json; the product engine will read it).
    const products = checkRawProducts(join(DATA_DIR, 'raw'));
    if (products.problems.length > 0)
      throw new Error(`${PRODUCTS_FILE} has problems:\n- ${products.problems.join('\n- ')}`);
    writeFileSync(OUTPUT, serializeDataset(d));
    console.log(`checked ${PRODUCTS_FILE}: ${products.lines} lines, every sector within 1% of sectors.csv`);
    const built = buildProductFiles(d);
    writeFileSync(PRODUCTS_OUTPUT, `${JSON.stringify(built.products)}\n`);
    writeFileSync(PRODUCT_TEXT_OUTPUT, `${JSON.stringify(built.text)}\n`);
    console.log(`wrote ${PRODUCTS_OUTPUT} and ${PRODUCT_TEXT_OUTPUT}: version ${built.products.version}`);
    const n = d.countries.CA.sectors.length + d.countries.MX.sectors.length;
    console.log(`wrote ${OUTPUT}: version ${d.version}, as of ${d.asOf}, ${n} sectors`);
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  }
}
