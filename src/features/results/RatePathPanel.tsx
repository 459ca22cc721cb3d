// The rate over time: each country's effective tariff rate month by month along the real policy path, January 2025
// to December 2026, stacked by program, beside the US-wide rate customs collected, with the current scenario marked.
import { memo, useEffect, useMemo, useState } from 'react';
import { t } from '../../i18n';
import { presetLabel } from '../../i18n/labels';
import { formatMonth, formatRate } from '../../lib/format';
import { whenIdle } from '../../lib/idle';
import { ChartFrame } from '../../charts/ChartFrame';
import { COUNTRY_COLORS, COUNTRY_NAMES, PROGRAM_COLORS, PROGRAM_LABELS } from '../../charts/programs';
import { ratePathSeries } from '../../charts/series';
import { Card } from '../../components/Card';
import { DataTable } from '../../components/DataTable';
import { monthlyPath, type PathMonth } from '../../model/ratePath';
import { COUNTRIES, type Country, type Dataset, type SimulationResult } from '../../model/types';
import { ChartSuspense, RatePathChart } from './lazyCharts';

const CHART_HEIGHT = 300;

/** The path of each dataset: it depends on no setting, so the simulator panel and the lesson share one. */
const pathOf = new WeakMap<Dataset, PathMonth[]>();

/**
 * The months along the path, computed once per dataset (in idle time, the first time a panel that shows it comes
 * near); a panel mounted later, or again after a language switch, reads it at once.
 */
export function usePathMonths(dataset: Dataset, near: boolean): PathMonth[] | null {
  const [, setReady] = useState(0);
  const months = pathOf.get(dataset) ?? null;
  useEffect(() => {
    if (!near || months) return;
    return whenIdle(() => {
      if (!pathOf.has(dataset)) pathOf.set(dataset, monthlyPath(dataset));
      setReady((n) => n + 1);
    });
  }, [dataset, near, months]);
  return months;
}

function CountryPath({
  c,
  months,
  dataset,
  current,
}: {
  c: Country;
  months: PathMonth[] | null;
  dataset: Dataset;
  /** The current scenario's rate, a fraction. */
  current: number;
}) {
  const { rows, programs } = useMemo(
    () => (months ? ratePathSeries(months, dataset, c) : { rows: [], programs: [] }),
    [months, dataset, c],
  );
  const name = COUNTRY_NAMES[c];
  // What does not depend on the scenario is built once per path: the reading's fixed points, the legend, the source
  // and the table (24 rows of policy states), so that a step redoes only the ring and the sentence.
  const fixed = useMemo(() => {
    const peak = rows.reduce<(typeof rows)[number] | undefined>((m, r) => (!m || r.total > m.total ? r : m), undefined);
    const lastCollected = [...dataset.monthlyDuties].sort((x, y) => x.month.localeCompare(y.month)).at(-1)?.month;
    const observed = t('ratePath.observed');
    return {
      first: rows[0],
      last: rows[rows.length - 1],
      peak,
      observed,
      source: t('ratePath.source', { month: lastCollected ? formatMonth(lastCollected) : '' }),
      legend: [
        ...programs.map((p) => ({ label: PROGRAM_LABELS[p], color: PROGRAM_COLORS[p] })),
        { label: observed, color: 'currentColor', dashed: true },
        { label: t('ratePath.scenarioKey'), color: COUNTRY_COLORS[c], dashed: true },
      ],
      table: (
        <DataTable
          columns={[
            t('ratePath.col.month'),
            t('ratePath.col.model'),
            t('ratePath.col.observed'),
            t('ratePath.col.states'),
          ]}
          rows={rows.map((r, i) => ({
            key: r.month,
            head: r.label,
            cells: [
              formatRate(r.total / 100),
              r.observed === null ? t('ratePath.none') : formatRate(r.observed / 100),
              (months?.[i]?.states ?? [])
                .map((s) => t('ratePath.state', { name: presetLabel(s.presetId), days: s.days }))
                .join('; '),
            ],
          }))}
        />
      ),
    };
  }, [rows, programs, months, dataset, c]);
  const { first, last, peak, observed } = fixed;
  const scenario = t('ratePath.scenario', { value: formatRate(current) });
  const reading =
    first && last && peak
      ? t('ratePath.reading', {
          country: name,
          from: formatRate(first.total / 100),
          fromMonth: first.label,
          peak: formatRate(peak.total / 100),
          peakMonth: peak.label,
          last: formatRate(last.total / 100),
          lastMonth: last.label,
          current: formatRate(current),
        })
      : t('chart.loading');
  return (
    <ChartFrame
      title={t('ratePath.chartTitle', { country: name })}
      reading={reading}
      source={fixed.source}
      height={CHART_HEIGHT}
      legend={fixed.legend}
      figure={(f) =>
        f.ratePath(rows, programs, observed, t('ratePath.col.month'), {
          value: current * 100,
          label: scenario,
          color: COUNTRY_COLORS[c],
        })
      }
      table={fixed.table}
    >
      <ChartSuspense height={CHART_HEIGHT} ready={rows.length > 0}>
        <RatePathChart
          rows={rows}
          programs={programs}
          current={current * 100}
          color={COUNTRY_COLORS[c]}
          observedLabel={observed}
          height={CHART_HEIGHT}
        />
      </ChartSuspense>
    </ChartFrame>
  );
}

export const RatePathPanel = memo(function RatePathPanel({
  dataset,
  result,
  near = true,
}: {
  dataset: Dataset;
  result: SimulationResult;
  /** False while far from view: the path (fourteen model runs) waits until the panel is near. */
  near?: boolean;
}) {
  const months = usePathMonths(dataset, near);
  return (
    <Card title={t('ratePath.title')} id="over-time">
      <p className="help">{t('ratePath.intro')}</p>
      <div className="chart-grid">
        {COUNTRIES.map((c) => (
          <CountryPath key={c} c={c} months={months} dataset={dataset} current={result.countries[c].etr} />
        ))}
      </div>
      <p className="help">{t('ratePath.note')}</p>
    </Card>
  );
});
