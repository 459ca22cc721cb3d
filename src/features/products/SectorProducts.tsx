// Drill-down: a sector's largest product lines by duty under the current scenario, with their rate and program split.
import { t } from '../../i18n';
import { DataTable } from '../../components/DataTable';
import { COUNTRY_NAMES } from '../../charts/programs';
import { formatRate, formatUsd } from '../../lib/format';
import { largestLines } from '../../model/products';
import { formatHts } from '../../model/productSearch';
import type { Country, Dataset, Scenario } from '../../model/types';
import { useAppStore } from '../../state/store';
import { programSplit } from './ProductLine';
import { useProductCatalog } from './useProducts';

export const DRILL_LINES = 10;

export function SectorProducts({
  dataset,
  country,
  scenario,
  sectorId,
  label,
}: {
  dataset: Dataset;
  scenario: Scenario;
  country: Country;
  sectorId: string;
  label: string;
}) {
  const showProduct = useAppStore((s) => s.showProduct);
  const { catalog, query } = useProductCatalog(dataset, true);
  const data = dataset.countries[country];
  if (!data.products) return null;
  const lines = largestLines(data, data.products, scenario, sectorId, DRILL_LINES);
  const caption = t('sectors.productsCaption', { n: lines.length, sector: label, country: COUNTRY_NAMES[country] });
  return (
    <div className="drill-down">
      {query.isPending && <p className="help">{t('products.loading')}</p>}
      <DataTable
        caption={caption}
        columns={[t('products.col.code'), t('products.col.imports'), t('products.col.rate'), t('products.col.duty')]}
        rows={lines.map((r) => {
          const code = catalog?.index.codes[r.code] ?? '';
          return {
            key: String(r.index),
            head: (
              <>
                <button
                  type="button"
                  className="link-button"
                  disabled={!catalog}
                  onClick={() => {
                    showProduct(code);
                    document.getElementById('products')?.scrollIntoView({ block: 'start' });
                  }}
                >
                  {code ? formatHts(code) : '…'}
                </button>{' '}
                <span className="product-desc">{catalog?.index.desc[r.code] ?? ''}</span>
              </>
            ),
            cells: [
              formatUsd(r.importsUsd),
              <>
                {formatRate(r.rate)}
                <span className="help"> {programSplit(r)}</span>
              </>,
              formatUsd(r.dutyUsd),
            ],
          };
        })}
      />
    </div>
  );
}
