// Compare A (the current scenario) with B (a preset or a saved scenario): headlines with differences,
// the program breakdown and the sector duties overlaid. B travels in the link.
import { memo, useMemo } from 'react';
import { ChartFrame } from '../../charts/ChartFrame';
import CompareBars, { COMPARE_COLORS } from '../../charts/CompareBars';
import ProgramBars from '../../charts/ProgramBars';
import { ProgramTable } from '../../charts/ProgramTable';
import { COUNTRY_NAMES, PROGRAM_COLORS, PROGRAM_LABELS } from '../../charts/programs';
import { compareSectorSeries, programSeries } from '../../charts/series';
import { Card } from '../../components/Card';
import { DataTable } from '../../components/DataTable';
import { t } from '../../i18n';
import { presetLabel } from '../../i18n/labels';
import { formatNumber, formatRate, formatSignedRate, formatSignedUsd, formatUsd } from '../../lib/format';
import { PRESET_IDS, presets, isPresetId } from '../../model/presets';
import { simulate } from '../../model/simulate';
import {
  COUNTRIES,
  PROGRAMS,
  type CountryResult,
  type Dataset,
  type Scenario,
  type SimulationResult,
} from '../../model/types';
import { useAppStore, useStoreApi } from '../../state/store';
import { parseLink } from '../../state/urlCodec';
import { useSimulation } from '../results/useSimulation';

/** The picker shown in the toolbar: choose B. */
/** The picker's value when B is neither a preset nor a saved scenario (it came with a link). */
const OTHER_B = 'b:other';

export function ComparePicker() {
  const saved = useAppStore((s) => s.saved);
  const comparing = useAppStore((s) => s.compare !== null);
  // The picker shows what B is (a preset, a saved scenario, or a scenario from a link), not "Choose" again.
  const current = useAppStore((s) => {
    if (s.compare === null) return '';
    if (s.compareLabel !== null) {
      const item = s.saved.find((x) => x.name === s.compareLabel);
      return item ? `saved:${item.id}` : OTHER_B;
    }
    return s.comparePresetId ?? OTHER_B;
  });
  const store = useStoreApi();
  return (
    <div className="tool-panel" role="region" aria-label={t('compare.region')}>
      <label className="field">
        <span className="field-label">{t('compare.pick')}</span>
        <select
          value={current}
          onChange={(e) => {
            const v = e.target.value;
            if (isPresetId(v)) store.getState().compareWith(presets[v].scenario, v);
            else {
              const item = saved.find((x) => `saved:${x.id}` === v);
              if (item) {
                const link = parseLink(item.search);
                store.getState().compareWith(link.scenario, link.presetId, item.name);
              }
            }
          }}
        >
          <option value="" disabled={comparing}>
            {t('compare.choose')}
          </option>
          {current === OTHER_B && (
            <option value={OTHER_B} disabled>
              {t('compare.otherB')}
            </option>
          )}
          <optgroup label={t('compare.presets')}>
            {PRESET_IDS.map((id) => (
              <option key={id} value={id}>
                {presetLabel(id)}
              </option>
            ))}
          </optgroup>
          {saved.length > 0 && (
            <optgroup label={t('compare.saved')}>
              {saved.map((x) => (
                <option key={x.id} value={`saved:${x.id}`}>
                  {x.name}
                </option>
              ))}
            </optgroup>
          )}
        </select>
      </label>
      {comparing && (
        <div className="button-row">
          <button type="button" onClick={() => store.getState().swapCompare()}>
            {t('compare.swap')}
          </button>
          <button type="button" onClick={() => store.getState().stopComparing()}>
            {t('compare.stop')}
          </button>
        </div>
      )}
    </div>
  );
}

const MEASURES: {
  key: string;
  label: () => string;
  value: (r: CountryResult) => number;
  format: (v: number) => string;
  diff: (v: number) => string;
}[] = [
  {
    key: 'etr',
    label: () => t('headline.etr'),
    value: (r) => r.etr,
    format: (v) => formatRate(v),
    diff: (v) => t('headline.points', { sign: v >= 0 ? '+' : '−', value: formatNumber(Math.abs(v * 100), 2) }),
  },
  { key: 'duty', label: () => t('headline.duty'), value: (r) => r.dutyUsd, format: formatUsd, diff: formatSignedUsd },
  {
    key: 'exposed',
    label: () => t('headline.exposed'),
    value: (r) => r.exposedUsd,
    format: formatUsd,
    diff: formatSignedUsd,
  },
  {
    key: 'change',
    label: () => t('compare.change'),
    value: (r) => r.exportChangeUsd,
    format: formatSignedUsd,
    diff: formatSignedUsd,
  },
  {
    key: 'gdp',
    label: () => t('compare.gdp'),
    value: (r) => r.exportChangePctGdp,
    format: (v) => formatSignedRate(v),
    diff: (v) => formatSignedRate(v),
  },
];

function HeadlineDiff({ a, b }: { a: SimulationResult; b: SimulationResult }) {
  return (
    <div className="table-scroll">
      <table className="data-table compare-table">
        <caption>{t('compare.caption')}</caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              {t('compare.measure')}
            </th>
            {COUNTRIES.map((c) => (
              <th key={c} scope="colgroup" colSpan={3}>
                {COUNTRY_NAMES[c]}
              </th>
            ))}
          </tr>
          <tr>
            {COUNTRIES.flatMap((c) => [
              <th key={`${c}a`} scope="col">
                A
              </th>,
              <th key={`${c}b`} scope="col">
                B
              </th>,
              <th key={`${c}d`} scope="col">
                B − A
              </th>,
            ])}
          </tr>
        </thead>
        <tbody>
          {MEASURES.map((m) => (
            <tr key={m.key}>
              <th scope="row">{m.label()}</th>
              {COUNTRIES.flatMap((c) => {
                const va = m.value(a.countries[c]);
                const vb = m.value(b.countries[c]);
                return [
                  <td key={`${c}a`} data-testid={`compare-${m.key}-${c}-A`}>
                    {m.format(va)}
                  </td>,
                  <td key={`${c}b`} data-testid={`compare-${m.key}-${c}-B`}>
                    {m.format(vb)}
                  </td>,
                  <td key={`${c}d`}>{m.diff(vb - va)}</td>,
                ];
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export const CompareView = memo(function CompareView({ dataset }: { dataset: Dataset }) {
  const result = useSimulation(dataset);
  const compare = useAppStore((s) => s.compare);
  const comparePresetId = useAppStore((s) => s.comparePresetId);
  const compareLabel = useAppStore((s) => s.compareLabel);
  const presetId = useAppStore((s) => s.presetId);
  const b = useMemo(() => (compare ? simulate(dataset, compare as Scenario) : null), [dataset, compare]);
  const programs = useMemo(() => {
    if (!b) return null;
    const sa = programSeries(result);
    const sb = programSeries(b);
    const rows = COUNTRIES.flatMap((_, i) => [
      { ...sa.rows[i]!, country: `${sa.rows[i]!.country} A` },
      { ...sb.rows[i]!, country: `${sb.rows[i]!.country} B` },
    ]);
    const used = new Set([...sa.programs, ...sb.programs]);
    return { rows, programs: PROGRAMS.filter((p) => used.has(p)) };
  }, [result, b]);
  if (!compare || !b || !programs) return null;
  const nameA = presetId ? presetLabel(presetId) : t('compare.current');
  const nameB = compareLabel ?? (comparePresetId ? presetLabel(comparePresetId) : t('compare.b'));
  return (
    <Card title={t('compare.title')} id="compare">
      <p>{t('compare.names', { a: nameA, b: nameB })}</p>
      <HeadlineDiff a={result} b={b} />
      <ChartFrame
        title={t('compare.programTitle')}
        reading={t('compare.programReading', {
          caA: formatRate(result.countries.CA.etr),
          caB: formatRate(b.countries.CA.etr),
          mxA: formatRate(result.countries.MX.etr),
          mxB: formatRate(b.countries.MX.etr),
        })}
        source={t('compare.programSource')}
        table={<ProgramTable {...programs} />}
        figure={(f) => f.programBars(programs)}
        stampScenario={t('compare.names', { a: nameA, b: nameB })}
        legend={programs.programs.map((p) => ({ label: PROGRAM_LABELS[p], color: PROGRAM_COLORS[p] }))}
      >
        <ProgramBars rows={programs.rows} programs={programs.programs} />
      </ChartFrame>
      <div className="chart-grid">
        {COUNTRIES.map((c) => {
          const rows = compareSectorSeries(result.countries[c], b.countries[c]);
          return (
            <ChartFrame
              key={c}
              title={t('compare.sectorTitle', { country: COUNTRY_NAMES[c] })}
              reading={t('compare.sectorReading', { n: rows.length })}
              source={t('compare.sectorSource')}
              table={
                <DataTable
                  columns={[t('sectors.col.label'), t('compare.dutyA'), t('compare.dutyB')]}
                  rows={rows.map((r) => ({
                    key: r.id,
                    head: r.label,
                    cells: [formatNumber(r.dutyA, 2), formatNumber(r.dutyB, 2)],
                  }))}
                />
              }
              legend={[
                { label: t('compare.legendA', { name: nameA }), color: COMPARE_COLORS.A },
                { label: t('compare.legendB', { name: nameB }), color: COMPARE_COLORS.B },
              ]}
              figure={(f) =>
                f.compareSectors(
                  rows,
                  { key: 'A', label: t('compare.legendA', { name: nameA }), color: COMPARE_COLORS.A },
                  { key: 'B', label: t('compare.legendB', { name: nameB }), color: COMPARE_COLORS.B },
                )
              }
              stampScenario={t('compare.names', { a: nameA, b: nameB })}
            >
              <CompareBars rows={rows} />
            </ChartFrame>
          );
        })}
      </div>
    </Card>
  );
});
