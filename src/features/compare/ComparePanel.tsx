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
import { formatRate, formatSignedRate, formatSignedUsd, formatUsd } from '../../lib/format';
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

/** The picker shown in the toolbar: choose B. */
export function ComparePicker() {
  const saved = useAppStore((s) => s.saved);
  const comparing = useAppStore((s) => s.compare !== null);
  const store = useStoreApi();
  return (
    <div className="tool-panel" role="region" aria-label="Compare scenarios">
      <label className="field">
        <span className="field-label">Compare the current scenario (A) with B:</span>
        <select
          value=""
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
          <option value="">Choose a scenario…</option>
          <optgroup label="Presets">
            {PRESET_IDS.map((id) => (
              <option key={id} value={id}>
                {presets[id].label}
              </option>
            ))}
          </optgroup>
          {saved.length > 0 && (
            <optgroup label="Saved scenarios">
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
            Swap A and B
          </button>
          <button type="button" onClick={() => store.getState().stopComparing()}>
            Stop comparing
          </button>
        </div>
      )}
    </div>
  );
}

const MEASURES: {
  label: string;
  value: (r: CountryResult) => number;
  format: (v: number) => string;
  diff: (v: number) => string;
}[] = [
  {
    label: 'Effective tariff rate',
    value: (r) => r.etr,
    format: (v) => formatRate(v),
    diff: (v) => `${v >= 0 ? '+' : '−'}${Math.abs(v * 100).toFixed(2)} pts`,
  },
  { label: 'Duty owed per year', value: (r) => r.dutyUsd, format: formatUsd, diff: formatSignedUsd },
  { label: 'Exports facing a new tariff', value: (r) => r.exposedUsd, format: formatUsd, diff: formatSignedUsd },
  {
    label: 'Change in exports to the US',
    value: (r) => r.exportChangeUsd,
    format: formatSignedUsd,
    diff: formatSignedUsd,
  },
  {
    label: '… as a share of GDP',
    value: (r) => r.exportChangePctGdp,
    format: (v) => formatSignedRate(v),
    diff: (v) => formatSignedRate(v),
  },
];

function HeadlineDiff({ a, b }: { a: SimulationResult; b: SimulationResult }) {
  return (
    <div className="table-scroll">
      <table className="data-table compare-table">
        <caption>Headline numbers, A and B, with the difference B − A</caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              Measure
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
            <tr key={m.label}>
              <th scope="row">{m.label}</th>
              {COUNTRIES.flatMap((c) => {
                const va = m.value(a.countries[c]);
                const vb = m.value(b.countries[c]);
                return [
                  <td key={`${c}a`} data-testid={`compare-${m.label}-${c}-A`}>
                    {m.format(va)}
                  </td>,
                  <td key={`${c}b`} data-testid={`compare-${m.label}-${c}-B`}>
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

export const CompareView = memo(function CompareView({
  dataset,
  result,
}: {
  dataset: Dataset;
  result: SimulationResult;
}) {
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
  const nameA = presetId ? presets[presetId].label : 'Current scenario';
  const nameB = compareLabel ?? (comparePresetId ? presets[comparePresetId].label : 'Scenario B');
  return (
    <Card title="Compare A vs B" id="compare">
      <p>
        <strong>A:</strong> {nameA} (current). <strong>B:</strong> {nameB}.
      </p>
      <HeadlineDiff a={result} b={b} />
      <ChartFrame
        title="Effective tariff rate by program, A and B"
        reading={`Canada: A ${formatRate(result.countries.CA.etr)}, B ${formatRate(b.countries.CA.etr)}; Mexico: A ${formatRate(result.countries.MX.etr)}, B ${formatRate(b.countries.MX.etr)}.`}
        source="Model on US Census 2024 imports and USITC USMCA claims."
        table={<ProgramTable {...programs} />}
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
              title={`${COUNTRY_NAMES[c]}: duty by sector, A and B`}
              reading={`The ${rows.length} sectors with the most duty in either scenario; A above, B below.`}
              source="Model on US Census 2024 imports by sector."
              table={
                <table className="data-table">
                  <thead>
                    <tr>
                      <th scope="col">Sector</th>
                      <th scope="col">Duty A (US$B)</th>
                      <th scope="col">Duty B (US$B)</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((r) => (
                      <tr key={r.id}>
                        <th scope="row">{r.label}</th>
                        <td>{r.dutyA.toFixed(2)}</td>
                        <td>{r.dutyB.toFixed(2)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              }
              legend={[
                { label: `A: ${nameA}`, color: COMPARE_COLORS.A },
                { label: `B: ${nameB}`, color: COMPARE_COLORS.B },
              ]}
            >
              <CompareBars rows={rows} />
            </ChartFrame>
          );
        })}
      </div>
    </Card>
  );
});
