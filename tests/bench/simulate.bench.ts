// How long one full recomputation takes (both countries, 22,363 product lines summed into 61 sectors): the work
// behind every slider step; the sector model (the first specification) in the same run, as the baseline. A rate
// step reuses the scenario's plan (products.ts); a step of a USMCA share, the US content or the period rebuilds it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bench, describe } from 'vitest';
import { compileProducts, type ProductFile } from '../../src/model/products';
import { COUNTRIES } from '../../src/model/types';
import { presets } from '../../src/model/presets';
import { simulate as simulateSectors } from '../../src/model/sectorModel';
import { simulate, simulateTotals } from '../../src/model/simulate';
import { buildProductIndex, searchProducts } from '../../src/model/productSearch';
import { realDataset, realProductText, realSectorDataset } from '../fixtures/builders';

const data = realDataset();
const sectors = realSectorDataset();
const nov = presets['nov-2025'].scenario;
const dec = presets['dec-2026'].scenario;
const longRun = { ...dec, elasticityMode: 'sector' as const, usmcaExemption: false };
let step = 0;

describe('one scenario, both countries', () => {
  bench('product engine: dec-2026 preset', () => {
    simulate(data, dec);
  });
  bench('product engine: slider step (Canada rate changes each call)', () => {
    step = (step + 1) % 100;
    simulate(data, { ...nov, caGeneral: step / 100 });
  });
  bench('product engine: long-run sector elasticities, no exemption (Math.pow path)', () => {
    simulate(data, longRun);
  });
  bench('product engine: uniform USMCA share changes each call (the line rules rerun: a new plan)', () => {
    step = (step + 1) % 1000;
    simulate(data, { ...dec, utilization: 'uniform', uniformCa: step / 1000, uniformMx: step / 1000 });
  });
  bench('product engine: totals only (one point of the sensitivity sweep)', () => {
    simulateTotals(data, dec);
  });
  bench('sector model (baseline): dec-2026 preset', () => {
    simulateSectors(sectors, dec);
  });
});

// The first load's work before the first result: the product columns compiled into typed arrays, per country.
const file = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', 'public', 'data', 'products.json'), 'utf8'),
) as ProductFile;
describe('first load', () => {
  bench('compile the product table (both countries)', () => {
    for (const c of COUNTRIES) compileProducts(file, sectors.countries[c]);
  });
});

const index = buildProductIndex(realProductText());
describe('product search over 13,897 codes', () => {
  bench('words: "steel pipe"', () => {
    searchProducts(index, 'steel pipe');
  });
  bench('code prefix: 7208', () => {
    searchProducts(index, '7208');
  });
});
