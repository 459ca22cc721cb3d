// Command line: run the model (the product engine, on public/data/dataset.json and products.json) for a preset and
// print a table or JSON; with --product, the lines under an HTS code prefix.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseDataset } from '../data/schema';
import { formatRate, formatSignedRate, formatSignedUsd, formatUsd } from '../lib/format';
import { PRESET_DOCS } from '../model/presetDocs';
import { PRESET_IDS, presets, isPresetId } from '../model/presets';
import { productLines, withProducts, type ProductFile, type ProductTextFile } from '../model/products';
import { buildProductIndex, codeRange, formatHts, normaliseCode } from '../model/productSearch';
import { simulate } from '../model/simulate';
import { COUNTRIES, type CountryResult, type Dataset, type Scenario } from '../model/types';

const DATA = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'public', 'data');
const USAGE = `usage: npm run --silent simulate -- --preset <id> [--product <HTS prefix, 2 to 10 digits>] [--json]
  [--rules data]  the product table's own rules (as the trackers: a primary-metal line on a parts list pays both
                  duties), to reproduce their figures; the default applies the non-stacking clauses (EO 14289)
presets: ${PRESET_IDS.join(', ')}`;

const read = (file: string): unknown => JSON.parse(readFileSync(join(DATA, file), 'utf8'));

/** One line of `--product`, as printed in JSON. */
export interface ProductLineOut {
  hts10: string;
  description: string;
  country: 'CA' | 'MX';
  sector: string;
  importsUsd: number;
  rate: number;
  usmcaShare: number;
  dutyUsd: number;
  byProgram: Record<string, number>;
}

/** The lines under a code prefix in both countries, in code order (Canada first on a shared code). */
export function linesUnder(
  dataset: Dataset,
  text: ProductTextFile,
  scenario: Scenario,
  prefix: string,
): ProductLineOut[] {
  const index = buildProductIndex(text);
  const [from, to] = codeRange(index, prefix);
  const out: ProductLineOut[] = [];
  for (const c of COUNTRIES) {
    const data = dataset.countries[c];
    const L = data.products;
    if (!L) continue;
    const idx: number[] = [];
    for (let i = 0; i < L.n; i++) if ((L.code[i] as number) >= from && (L.code[i] as number) < to) idx.push(i);
    for (const r of productLines(data, L, scenario, idx))
      out.push({
        hts10: index.codes[r.code] ?? '',
        description: index.desc[r.code] ?? '',
        country: c,
        sector: r.sectorId,
        importsUsd: r.importsUsd,
        rate: r.rate,
        usmcaShare: r.usmcaShare,
        dutyUsd: r.dutyUsd,
        byProgram: Object.fromEntries(r.terms.map((x) => [x.program, x.contribution])),
      });
  }
  return out.sort((a, b) => a.hts10.localeCompare(b.hts10) || a.country.localeCompare(b.country));
}

function productTable(lines: ProductLineOut[]): string {
  if (lines.length === 0) return '  (no line under this code in the 2024 imports from Canada or Mexico)';
  return lines
    .map((l) => {
      const parts = Object.entries(l.byProgram)
        .filter(([, v]) => v > 0)
        .map(([k, v]) => `${k} ${formatRate(v)}`)
        .join(', ');
      return [
        `${formatHts(l.hts10).padEnd(13)} ${l.country}  ${l.description.slice(0, 60).padEnd(60)}`,
        `    imports ${formatUsd(l.importsUsd).padStart(8)}  rate ${formatRate(l.rate).padStart(7)}  USMCA ${formatRate(l.usmcaShare, 0).padStart(4)}  ${parts}`,
      ].join('\n');
    })
    .join('\n');
}

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

function table(r: CountryResult, name: string): string {
  const rows = [
    ['Effective tariff rate', formatRate(r.etr)],
    ['Duty owed per year', formatUsd(r.dutyUsd)],
    ['Exports facing a new tariff', `${formatUsd(r.exposedUsd)} (${formatRate(r.exposedShare, 1)})`],
    ['Duty after trade response', formatUsd(r.dutyAfterResponseUsd)],
    [
      'Change in exports to the US',
      `${formatSignedUsd(r.exportChangeUsd)} (${formatSignedRate(r.exportChangePct)}; ${formatSignedRate(r.exportChangePctGdp)} of GDP)`,
    ],
  ];
  const top = [...r.bySector].sort((a, b) => b.dutyUsd - a.dutyUsd).slice(0, 5);
  const width = Math.max(...rows.map(([k]) => (k ?? '').length));
  return [
    `${name} (imports ${formatUsd(r.importsUsd)})`,
    ...rows.map(([k, v]) => `  ${(k ?? '').padEnd(width)}  ${v}`),
    '  Top sectors by duty:',
    ...top.map((s) => `    ${s.label.padEnd(48)} ${formatUsd(s.dutyUsd).padStart(8)}  ETR ${formatRate(s.etr)}`),
  ].join('\n');
}

function main(argv: string[]): void {
  let values: {
    preset?: string | undefined;
    json?: boolean | undefined;
    product?: string | undefined;
    rules?: string | undefined;
  };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        preset: { type: 'string' },
        json: { type: 'boolean' },
        product: { type: 'string' },
        rules: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    fail(e instanceof Error ? e.message : String(e));
  }
  const id = values.preset;
  if (id === undefined) fail('Missing --preset.');
  if (!isPresetId(id)) fail(`Unknown preset "${id}".`);
  const prefix = values.product === undefined ? null : normaliseCode(values.product);
  if (values.product !== undefined && prefix === null)
    fail(`--product "${values.product.slice(0, 40)}" is not an HTS code or prefix (2 to 10 digits, dots allowed).`);
  if (values.rules !== undefined && values.rules !== 'data') fail(`--rules takes one value: data.`);
  const rules = values.rules === 'data' ? 'dataRules' : 'proclamations';
  const dataset = withProducts(parseDataset(read('dataset.json')), read('products.json') as ProductFile, rules);
  const preset = presets[id];
  if (prefix !== null) {
    const lines = linesUnder(dataset, read('product-text.json') as ProductTextFile, preset.scenario, prefix);
    if (values.json) {
      process.stdout.write(`${JSON.stringify(lines, null, 2)}\n`);
      return;
    }
    console.log(`${PRESET_DOCS[id].label} (${preset.date}): ${lines.length} lines under HTS ${formatHts(prefix)}\n`);
    console.log(productTable(lines));
    return;
  }
  const result = simulate(dataset, preset.scenario);
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ preset: id, ...result }, null, 2)}\n`);
    return;
  }
  console.log(`${PRESET_DOCS[id].label} (${preset.date}); data ${dataset.version}, as of ${dataset.asOf}\n`);
  console.log(table(result.countries.CA, 'Canada'));
  console.log('');
  console.log(table(result.countries.MX, 'Mexico'));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  // Piped into `head`: a closed pipe ends the output, not with a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  main(process.argv.slice(2));
}
