// "Why this number": the ETR by program for both countries, and one sector's arithmetic in words.
import { useMemo } from 'react';
import { ChartFrame } from '../../charts/ChartFrame';
import { ProgramTable } from '../../charts/ProgramTable';
import { COUNTRY_NAMES, PROGRAM_COLORS, PROGRAM_LABELS } from '../../charts/programs';
import { programSeries } from '../../charts/series';
import { Card } from '../../components/Card';
import { formatRate, formatSignedRate, formatSignedUsd, formatUsd } from '../../lib/format';
import { explainSector, type ExplainTerm } from '../../model/explain';
import { sectorElasticity } from '../../model/simulate';
import { COUNTRIES, type Country, type Dataset, type SimulationResult } from '../../model/types';
import { useAppStore } from '../../state/store';
import ProgramBars from '../../charts/ProgramBars';

function termSentence(t: ExplainTerm, valueUsd: number): string {
  const scope =
    t.program === 'mfn'
      ? ''
      : ` × ${formatRate(t.scope, 1)} ${t.program === 'countryWide' ? 'not covered by an active 232 program' : 'in scope'}`;
  const base = `${formatUsd(valueUsd)}${scope} × ${formatRate(t.rate, 2)}${t.program === 'mfn' ? ' MFN' : ''}`;
  let relief = '';
  if (t.usmcaFactor < 1 - 1e-9) {
    relief =
      t.program === 'autos' || t.program === 'mhdTrucks'
        ? ` × ${formatRate(t.usmcaFactor, 1)} (USMCA vehicles pay only on non-US content)`
        : ` × (1 − ${formatRate(1 - t.usmcaFactor, 1)} claiming USMCA)`;
  } else if (t.program !== 'mfn') relief = ' (no USMCA relief)';
  return `${base}${relief} = ${formatUsd(t.dutyUsd)}`;
}

export function SectorExplainer({ dataset }: { dataset: Dataset }) {
  const selected = useAppStore((s) => s.selectedSector);
  const selectSector = useAppStore((s) => s.selectSector);
  const scenario = useAppStore((s) => s.scenario);
  const country = selected.country;
  const sectors = dataset.countries[country].sectors;
  const sector = sectors.find((s) => s.id === selected.id) ?? sectors[0];
  if (!sector) return null;
  const e = explainSector(sector, country, scenario);
  const shown = e.terms.filter((t) => t.contribution > 0 || t.program === 'countryWide' || t.program === 'mfn');
  const epsilon = sectorElasticity(sector, scenario);
  const name = COUNTRY_NAMES[country];

  return (
    <div className="explainer">
      <div className="explainer-pickers">
        <label className="field">
          <span className="field-label">Country</span>
          <select
            value={country}
            onChange={(ev) => {
              const c = ev.target.value as Country;
              selectSector(
                c,
                dataset.countries[c].sectors.some((s) => s.id === sector.id)
                  ? sector.id
                  : (dataset.countries[c].sectors[0]?.id ?? ''),
              );
            }}
          >
            {COUNTRIES.map((c) => (
              <option key={c} value={c}>
                {COUNTRY_NAMES[c]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">Sector to explain</span>
          <select value={sector.id} onChange={(ev) => selectSector(country, ev.target.value)}>
            {sectors.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p aria-live="polite">
        <strong>
          {name}, {sector.label}:
        </strong>{' '}
        {formatUsd(sector.imports2024Usd)} of exports to the US in 2024.
      </p>
      <ul className="arithmetic">
        {shown.map((t) => (
          <li key={t.program}>
            <span className="term-name">{PROGRAM_LABELS[t.program]}:</span> {termSentence(t, sector.imports2024Usd)}
          </li>
        ))}
      </ul>
      <p>
        Total duty <strong>{formatUsd(e.result.dutyUsd)}</strong>, an effective rate of{' '}
        <strong>{formatRate(e.result.etr)}</strong>. With a trade elasticity of {epsilon.toFixed(2)}, exports change by{' '}
        <strong>{formatSignedUsd(e.result.exportChangeUsd)}</strong> ({formatSignedRate(e.result.exportChangePct)}).
      </p>
    </div>
  );
}

/** The ETR-by-program chart in its frame (also shown in embed mode). */
export function WhyChart({ result }: { result: SimulationResult }) {
  const series = useMemo(() => programSeries(result), [result]);
  const top = series.programs.length
    ? [...series.programs].sort((a, b) => (series.rows[0]?.values[b] ?? 0) - (series.rows[0]?.values[a] ?? 0))[0]
    : undefined;
  const reading = top
    ? `Canada's ${series.rows[0]?.total.toFixed(2)}% and Mexico's ${series.rows[1]?.total.toFixed(2)}% split by tariff program; for Canada the largest part is ${PROGRAM_LABELS[top]}.`
    : 'No tariff applies.';
  return (
    <ChartFrame
      title="Effective tariff rate by program"
      reading={reading}
      source="Model on US Census 2024 imports and USITC USMCA claims; rates from the proclamations and orders listed in data/SOURCES.md."
      table={<ProgramTable {...series} />}
      legend={series.programs.map((p) => ({ label: PROGRAM_LABELS[p], color: PROGRAM_COLORS[p] }))}
    >
      <ProgramBars rows={series.rows} programs={series.programs} />
    </ChartFrame>
  );
}

export function WhyPanel({ dataset, result }: { dataset: Dataset; result: SimulationResult }) {
  return (
    <Card title="Why this number" id="why">
      <WhyChart result={result} />
      <SectorExplainer dataset={dataset} />
    </Card>
  );
}
