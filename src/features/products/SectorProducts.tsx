// Drill-down: a sector's largest product lines by duty under the current scenario, with their rate and program split.
import { t } from '../../i18n';
import { COUNTRY_NAMES } from '../../charts/programs';
import { formatRate, formatUsd } from '../../lib/format';
import { largestLines } from '../../model/products';
import { formatHts } from '../../model/productSearch';
import type { Country, Dataset } from '../../model/types';
import { useAppStore } from '../../state/store';
import { programSplit } from './ProductLine';
import { useProductCatalog } from './useProducts';

export const DRILL_LINES = 10;

export function SectorProducts({
  dataset,
  country,
  sectorId,
  label,
}: {
  dataset: Dataset;
  country: Country;
  sectorId: string;
  label: string;
}) {
  const scenario = useAppStore((s) => s.scenario);
  const showProduct = useAppStore((s) => s.showProduct);
  const { catalog, query } = useProductCatalog(dataset, true);
  const data = dataset.countries[country];
  if (!data.products) return null;
  const lines = largestLines(data, data.products, scenario, sectorId, DRILL_LINES);
  const caption = t('sectors.productsCaption', { n: lines.length, sector: label, country: COUNTRY_NAMES[country] });
  return (
    <div className="drill-down">
      {query.isPending && <p className="help">{t('products.loading')}</p>}
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('products.col.code')}</th>
            <th scope="col">{t('products.col.imports')}</th>
            <th scope="col">{t('products.col.rate')}</th>
            <th scope="col">{t('products.col.duty')}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((r) => {
            const code = catalog?.index.codes[r.code] ?? '';
            return (
              <tr key={r.index}>
                <th scope="row">
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
                </th>
                <td>{formatUsd(r.importsUsd)}</td>
                <td>
                  {formatRate(r.rate)}
                  <span className="help"> {programSplit(r)}</span>
                </td>
                <td>{formatUsd(r.dutyUsd)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
