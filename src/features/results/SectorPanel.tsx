// Sectors: duty and export change by sector for each country (top 10 + other), and a sortable table of all.
import { Fragment, memo, useMemo, useState } from 'react';
import { t } from '../../i18n';
import { ChartFrame } from '../../charts/ChartFrame';
import { COUNTRY_COLORS, COUNTRY_NAMES, EXPORT_CHANGE_COLOR } from '../../charts/programs';
import { sectorSeries, sortSectors, type SectorBarRow } from '../../charts/series';
import { Card } from '../../components/Card';
import { DataTable } from '../../components/DataTable';
import { formatNumber, formatRate, formatSignedUsd, formatUsd } from '../../lib/format';
import { COUNTRIES, type Country, type CountryResult, type Dataset, type SimulationResult } from '../../model/types';
import { SectorProducts } from '../products/SectorProducts';
import { useAppStore } from '../../state/store';
import type { SectorSortKey } from '../../state/viewSlice';
import SectorBars from '../../charts/SectorBars';

function BarTable({ rows }: { rows: SectorBarRow[] }) {
  return (
    <DataTable
      columns={[t('sectors.col.label'), t('sectors.dutyBn'), t('sectors.changeBn')]}
      rows={rows.map((r) => ({
        key: r.id,
        head: r.label,
        cells: [formatNumber(r.dutyBn, 2), formatNumber(r.exportChangeBn, 2)],
      }))}
    />
  );
}

const CountrySectorChart = memo(function CountrySectorChart({ r }: { r: CountryResult }) {
  const rows = useMemo(() => sectorSeries(r), [r]);
  const top = rows[0];
  const name = COUNTRY_NAMES[r.country];
  return (
    <ChartFrame
      title={t('sectors.chartTitle', { country: name })}
      reading={
        top && top.dutyBn > 0
          ? t('sectors.reading', { sector: top.label, duty: formatUsd(top.dutyBn * 1e9) })
          : t('sectors.readingNone')
      }
      source={t('sectors.source')}
      table={<BarTable rows={rows} />}
      legend={[
        { label: t('sectors.duty'), color: COUNTRY_COLORS[r.country] },
        { label: t('sectors.change'), color: EXPORT_CHANGE_COLOR },
      ]}
    >
      <SectorBars rows={rows} color={COUNTRY_COLORS[r.country]} />
    </ChartFrame>
  );
});

const COLUMNS: readonly SectorSortKey[] = ['label', 'importsUsd', 'dutyUsd', 'etr', 'exportChangeUsd'];
const columnLabel = (key: SectorSortKey) => t(`sectors.col.${key}`);

function SectorTable({ dataset, result }: { dataset: Dataset; result: SimulationResult }) {
  const [country, setCountry] = useState<Country>('CA');
  const [drilled, setDrilled] = useState<string | null>(null);
  const sort = useAppStore((s) => s.sectorSort);
  const sortBy = useAppStore((s) => s.sortSectorsBy);
  const selectSector = useAppStore((s) => s.selectSector);
  const rows = useMemo(
    () => sortSectors(result.countries[country].bySector, sort.key, sort.descending),
    [result, country, sort],
  );
  return (
    <div className="sector-table">
      <div role="radiogroup" aria-label={t('sectors.tableCountry')} className="segmented">
        {COUNTRIES.map((c) => (
          <label key={c}>
            <input type="radio" name="sector-table-country" checked={country === c} onChange={() => setCountry(c)} />
            {COUNTRY_NAMES[c]}
          </label>
        ))}
      </div>
      <div className="table-scroll">
        <table className="data-table">
          <caption>
            {t('sectors.caption', {
              n: rows.length,
              country: COUNTRY_NAMES[country],
              column: columnLabel(sort.key).toLocaleLowerCase(),
            })}
          </caption>
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th
                  key={c}
                  scope="col"
                  aria-sort={sort.key === c ? (sort.descending ? 'descending' : 'ascending') : 'none'}
                >
                  <button type="button" className="sort-button" onClick={() => sortBy(c)}>
                    {columnLabel(c)}
                    <span aria-hidden="true">{sort.key === c ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
                  </button>
                </th>
              ))}
              <th scope="col">{t('sectors.col.products')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((s) => (
              <Fragment key={s.id}>
                <tr>
                  <th scope="row">
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => {
                        selectSector(country, s.id);
                        document.getElementById('why')?.scrollIntoView({ block: 'start' });
                      }}
                      aria-label={t('sectors.explain', { sector: s.label })}
                    >
                      {s.label}
                    </button>
                  </th>
                  <td>{formatUsd(s.importsUsd)}</td>
                  <td>{formatUsd(s.dutyUsd)}</td>
                  <td>{formatRate(s.etr)}</td>
                  <td>{formatSignedUsd(s.exportChangeUsd)}</td>
                  <td>
                    <button
                      type="button"
                      className="link-button"
                      aria-expanded={drilled === s.id}
                      aria-controls={`drill-${country}-${s.id}`}
                      onClick={() => setDrilled(drilled === s.id ? null : s.id)}
                      aria-label={t('sectors.productsFor', { sector: s.label })}
                    >
                      {drilled === s.id ? t('sectors.productsHide') : t('sectors.productsShow')}
                    </button>
                  </td>
                </tr>
                {drilled === s.id && (
                  <tr id={`drill-${country}-${s.id}`}>
                    <td colSpan={COLUMNS.length + 1}>
                      <SectorProducts dataset={dataset} country={country} sectorId={s.id} label={s.label} />
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** Both countries' sector charts (also shown in embed mode). */
export function SectorCharts({ result }: { result: SimulationResult }) {
  return (
    <div className="chart-grid">
      {COUNTRIES.map((c) => (
        <CountrySectorChart key={c} r={result.countries[c]} />
      ))}
    </div>
  );
}

export function SectorPanel({ dataset, result }: { dataset: Dataset; result: SimulationResult }) {
  return (
    <Card title={t('sectors.title')} id="sectors">
      <SectorCharts result={result} />
      <SectorTable dataset={dataset} result={result} />
    </Card>
  );
}
