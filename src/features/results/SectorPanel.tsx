// Sectors: duty and export change by sector for each country (top 10 + other), and a sortable table of all.
import { memo, useMemo, useState } from 'react';
import { ChartFrame } from '../../charts/ChartFrame';
import { COUNTRY_COLORS, COUNTRY_NAMES, EXPORT_CHANGE_COLOR } from '../../charts/programs';
import { sectorSeries, sortSectors, type SectorBarRow } from '../../charts/series';
import { Card } from '../../components/Card';
import { formatRate, formatSignedUsd, formatUsd } from '../../lib/format';
import { COUNTRIES, type Country, type CountryResult, type SimulationResult } from '../../model/types';
import { useAppStore } from '../../state/store';
import type { SectorSortKey } from '../../state/viewSlice';
import SectorBars from '../../charts/SectorBars';

function BarTable({ rows }: { rows: SectorBarRow[] }) {
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">Sector</th>
          <th scope="col">Duty (US$B)</th>
          <th scope="col">Change in exports (US$B)</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <th scope="row">{r.label}</th>
            <td>{r.dutyBn.toFixed(2)}</td>
            <td>{r.exportChangeBn.toFixed(2)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const CountrySectorChart = memo(function CountrySectorChart({ r }: { r: CountryResult }) {
  const rows = useMemo(() => sectorSeries(r), [r]);
  const top = rows[0];
  const name = COUNTRY_NAMES[r.country];
  return (
    <ChartFrame
      title={`${name}: duty and export change by sector`}
      reading={
        top && top.dutyBn > 0
          ? `${top.label} owes the most duty, ${formatUsd(top.dutyBn * 1e9)}; bars to the left show the estimated change in exports.`
          : 'No sector owes new duty under this scenario.'
      }
      source="Model on US Census 2024 imports by sector; top 10 sectors by duty, the rest summed."
      table={<BarTable rows={rows} />}
      legend={[
        { label: 'Duty owed', color: COUNTRY_COLORS[r.country] },
        { label: 'Change in exports', color: EXPORT_CHANGE_COLOR },
      ]}
    >
      <SectorBars rows={rows} color={COUNTRY_COLORS[r.country]} />
    </ChartFrame>
  );
});

const COLUMNS: { key: SectorSortKey; label: string }[] = [
  { key: 'label', label: 'Sector' },
  { key: 'importsUsd', label: 'Exports to the US, 2024' },
  { key: 'dutyUsd', label: 'Duty' },
  { key: 'etr', label: 'Effective rate' },
  { key: 'exportChangeUsd', label: 'Change in exports' },
];

function SectorTable({ result }: { result: SimulationResult }) {
  const [country, setCountry] = useState<Country>('CA');
  const sort = useAppStore((s) => s.sectorSort);
  const sortBy = useAppStore((s) => s.sortSectorsBy);
  const selectSector = useAppStore((s) => s.selectSector);
  const rows = useMemo(
    () => sortSectors(result.countries[country].bySector, sort.key, sort.descending),
    [result, country, sort],
  );
  return (
    <div className="sector-table">
      <div role="radiogroup" aria-label="Country of the sector table" className="segmented">
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
            All {rows.length} sectors of {COUNTRY_NAMES[country]}, sorted by{' '}
            {COLUMNS.find((c) => c.key === sort.key)?.label.toLowerCase()}
          </caption>
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th
                  key={c.key}
                  scope="col"
                  aria-sort={sort.key === c.key ? (sort.descending ? 'descending' : 'ascending') : 'none'}
                >
                  <button type="button" className="sort-button" onClick={() => sortBy(c.key)}>
                    {c.label}
                    <span aria-hidden="true">{sort.key === c.key ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((s) => (
              <tr key={s.id}>
                <th scope="row">
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => {
                      selectSector(country, s.id);
                      document.getElementById('why')?.scrollIntoView({ block: 'start' });
                    }}
                    aria-label={`Explain ${s.label}`}
                  >
                    {s.label}
                  </button>
                </th>
                <td>{formatUsd(s.importsUsd)}</td>
                <td>{formatUsd(s.dutyUsd)}</td>
                <td>{formatRate(s.etr)}</td>
                <td>{formatSignedUsd(s.exportChangeUsd)}</td>
              </tr>
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

export function SectorPanel({ result }: { result: SimulationResult }) {
  return (
    <Card title="Sectors" id="sectors">
      <SectorCharts result={result} />
      <SectorTable result={result} />
    </Card>
  );
}
