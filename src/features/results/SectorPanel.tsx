// Sectors: duty and export change by sector for each country (top 10 + other), and a sortable table of all.
import { memo, useCallback, useMemo, useState, type ReactNode } from 'react';
import { t } from '../../i18n';
import { ChartFrame } from '../../charts/ChartFrame';
import { COUNTRY_COLORS, COUNTRY_NAMES, EXPORT_CHANGE_COLOR } from '../../charts/programs';
import { sectorSeries, sortSectors, type SectorBarRow } from '../../charts/series';
import { Card } from '../../components/Card';
import { NearView } from '../../components/NearView';
import { Contained } from '../../components/Contained';
import { DataTable } from '../../components/DataTable';
import { formatNumber, formatRate, formatSignedUsd, formatUsd } from '../../lib/format';
import {
  COUNTRIES,
  type Country,
  type CountryResult,
  type Dataset,
  type Scenario,
  type SectorResult,
  type SimulationResult,
} from '../../model/types';
import { SectorProducts } from '../products/SectorProducts';
import { useAppStore } from '../../state/store';
import type { SectorSortKey } from '../../state/viewSlice';
import SectorBars from '../../charts/SectorBars';
import type { StepProps } from './step';

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
      figure={(f) => f.sectors(rows, r.country)}
      legend={[
        { label: t('sectors.duty'), color: COUNTRY_COLORS[r.country] },
        { label: t('sectors.change'), color: EXPORT_CHANGE_COLOR },
      ]}
    >
      <SectorBars rows={rows} color={COUNTRY_COLORS[r.country]} />
    </ChartFrame>
  );
});

/**
 * One sector's row, memoised on its formatted figures: a step re-renders the rows whose shown numbers changed.
 * `children` is the drill-down, given only to the open row.
 */
const SectorRow = memo(function SectorRow(p: {
  id: string;
  label: string;
  imports: string;
  duty: string;
  etr: string;
  change: string;
  country: Country;
  drilled: boolean;
  onExplain: (id: string) => void;
  onDrill: (id: string) => void;
  children: ReactNode;
}) {
  return (
    <>
      <tr>
        <th scope="row">
          <button
            type="button"
            className="link-button"
            onClick={() => p.onExplain(p.id)}
            aria-label={t('sectors.explain', { sector: p.label })}
          >
            {p.label}
          </button>
        </th>
        <td>{p.imports}</td>
        <td>{p.duty}</td>
        <td>{p.etr}</td>
        <td>{p.change}</td>
        <td>
          <button
            type="button"
            className="link-button"
            aria-expanded={p.drilled}
            aria-controls={`drill-${p.country}-${p.id}`}
            onClick={() => p.onDrill(p.id)}
            aria-label={t('sectors.productsFor', { sector: p.label })}
          >
            {p.drilled ? t('sectors.productsHide') : t('sectors.productsShow')}
          </button>
        </td>
      </tr>
      {p.drilled && (
        <tr id={`drill-${p.country}-${p.id}`}>
          <td colSpan={COLUMNS.length + 1}>{p.children}</td>
        </tr>
      )}
    </>
  );
});

const COLUMNS: readonly SectorSortKey[] = ['label', 'importsUsd', 'dutyUsd', 'etr', 'exportChangeUsd'];
const columnLabel = (key: SectorSortKey) => t(`sectors.col.${key}`);

/**
 * Which country the table lists: its own component, so that a step (which re-renders the table) leaves the radio
 * buttons alone; React rewrites a controlled input's name and type on every render.
 */
const CountryChoice = memo(function CountryChoice({
  country,
  onChange,
}: {
  country: Country;
  onChange: (c: Country) => void;
}) {
  return (
    <div role="radiogroup" aria-label={t('sectors.tableCountry')} className="segmented">
      {COUNTRIES.map((c) => (
        <label key={c}>
          <input type="radio" name="sector-table-country" checked={country === c} onChange={() => onChange(c)} />
          {COUNTRY_NAMES[c]}
        </label>
      ))}
    </div>
  );
});

/** Rows per tbody of the sector table: a screen shows two or three groups of eight. */
const ROWS_PER_GROUP = 8;

/** One group of the table's rows, memoised on the group it is given: a group that holds still does no work. */
const SectorRows = memo(function SectorRows(p: {
  dataset: Dataset;
  scenario: Scenario;
  rows: SectorResult[];
  country: Country;
  drilled: string | null;
  onExplain: (id: string) => void;
  onDrill: (id: string) => void;
}) {
  return p.rows.map((s) => (
    <SectorRow
      key={s.id}
      id={s.id}
      label={s.label}
      imports={formatUsd(s.importsUsd)}
      duty={formatUsd(s.dutyUsd)}
      etr={formatRate(s.etr)}
      change={formatSignedUsd(s.exportChangeUsd)}
      country={p.country}
      drilled={p.drilled === s.id}
      onExplain={p.onExplain}
      onDrill={p.onDrill}
    >
      {p.drilled === s.id && (
        <SectorProducts dataset={p.dataset} scenario={p.scenario} country={p.country} sectorId={s.id} label={s.label} />
      )}
    </SectorRow>
  ));
});

const SectorTable = memo(function SectorTable({ dataset, scenario, result }: StepProps) {
  const [country, setCountry] = useState<Country>('CA');
  const [drilled, setDrilled] = useState<string | null>(null);
  const sort = useAppStore((s) => s.sectorSort);
  const sortBy = useAppStore((s) => s.sortSectorsBy);
  const selectSector = useAppStore((s) => s.selectSector);
  const rows = useMemo(
    () => sortSectors(result.countries[country].bySector, sort.key, sort.descending),
    [result, country, sort],
  );
  const explain = useCallback(
    (id: string) => {
      selectSector(country, id);
      document.getElementById('why')?.scrollIntoView({ block: 'start' });
    },
    [selectSector, country],
  );
  const drill = useCallback((id: string) => setDrilled((open) => (open === id ? null : id)), []);
  // The rows in groups, each a tbody that holds still while out of sight (NearView): the table runs 1,700 px down
  // the page, and a step re-formats and re-lays out only the groups on screen; the rest catch up when the input rests.
  const chunks = useMemo(() => {
    const out: { scenario: Scenario; rows: SectorResult[] }[] = [];
    for (let i = 0; i < rows.length; i += ROWS_PER_GROUP)
      out.push({ scenario, rows: rows.slice(i, i + ROWS_PER_GROUP) });
    return out;
  }, [rows, scenario]);
  return (
    <div className="sector-table">
      <CountryChoice country={country} onChange={setCountry} />
      {/* A step rewrites cells of the group on screen: the table lays out inside this box, not the page with it. */}
      <Contained>
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
            {chunks.map((chunk, k) => (
              <NearView key={k} as="tbody" value={chunk}>
                {(c) => (
                  <SectorRows
                    dataset={dataset}
                    scenario={c.scenario}
                    rows={c.rows}
                    country={country}
                    drilled={drilled}
                    onExplain={explain}
                    onDrill={drill}
                  />
                )}
              </NearView>
            ))}
          </table>
        </div>
      </Contained>
    </div>
  );
});

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

export const SectorPanel = memo(function SectorPanel({ dataset, scenario, result }: StepProps) {
  // The table (40-odd rows) sits under the charts, usually out of sight while a slider moves with the charts on
  // screen: it holds still there, as a panel does (NearView), and catches up when seen or when the input rests.
  const step = useMemo(() => ({ scenario, result }), [scenario, result]);
  return (
    <Card title={t('sectors.title')} id="sectors">
      <SectorCharts result={result} />
      <NearView value={step}>
        {(s) => <SectorTable dataset={dataset} scenario={s.scenario} result={s.result} />}
      </NearView>
    </Card>
  );
});
