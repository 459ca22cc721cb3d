// The products' words and the search index, loaded the first time the search, a product link or a drill-down
// needs them; the numbers (the engine's lines) are already in the dataset.
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { productTextQueryOptions } from '../../data/queries';
import { linesByCode, productLines, type ProductResult } from '../../model/products';
import { buildProductIndex, type ProductIndex } from '../../model/productSearch';
import { COUNTRIES, type Country, type Dataset, type Scenario } from '../../model/types';

export interface ProductCatalog {
  index: ProductIndex;
  /** Each code's line in each country (-1: not imported from there in 2024). */
  lineOf: Record<Country, Int32Array>;
}

export function useProductCatalog(dataset: Dataset, enabled: boolean) {
  const query = useQuery({ ...productTextQueryOptions(), enabled });
  const catalog = useMemo((): ProductCatalog | null => {
    const text = query.data;
    if (!text) return null;
    const n = text.codeSteps.length;
    const weight = new Float64Array(n);
    const lineOf = {} as Record<Country, Int32Array>;
    for (const c of COUNTRIES) {
      const L = dataset.countries[c].products;
      lineOf[c] = L ? linesByCode(L, n) : new Int32Array(n).fill(-1);
      if (L)
        for (let i = 0; i < L.n; i++) {
          const k = L.code[i] as number;
          weight[k] = (weight[k] as number) + (L.value[i] as number);
        }
    }
    return { index: buildProductIndex(text, weight), lineOf };
  }, [query.data, dataset]);
  return { catalog, query };
}

/** A code's line in each country under the scenario (null where the country has none). */
export function codeResults(
  dataset: Dataset,
  catalog: ProductCatalog,
  scenario: Scenario,
  code: number,
): Record<Country, ProductResult | null> {
  return codesResults(dataset, catalog, scenario, [code]).get(code) ?? { CA: null, MX: null };
}

/** Many codes at once (search results): one pass of the line rules per country, each code's result by country. */
export function codesResults(
  dataset: Dataset,
  catalog: ProductCatalog,
  scenario: Scenario,
  codes: readonly number[],
): Map<number, Record<Country, ProductResult | null>> {
  const out = new Map<number, Record<Country, ProductResult | null>>();
  for (const code of codes) out.set(code, { CA: null, MX: null });
  for (const c of COUNTRIES) {
    const data = dataset.countries[c];
    if (!data.products) continue;
    const idx = codes.map((code) => catalog.lineOf[c][code] ?? -1).filter((i) => i >= 0);
    for (const r of productLines(data, data.products, scenario, idx)) {
      const entry = out.get(r.code);
      if (entry) entry[c] = r;
    }
  }
  return out;
}
