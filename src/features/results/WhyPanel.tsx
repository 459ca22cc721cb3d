// "Why this number": the ETR by program for both countries, and one sector's arithmetic in words.
import { memo, useMemo } from 'react';
import { t } from '../../i18n';
import { ChartFrame } from '../../charts/ChartFrame';
import { ProgramTable } from '../../charts/ProgramTable';
import { COUNTRY_NAMES, PROGRAM_COLORS, PROGRAM_LABELS } from '../../charts/programs';
import { programSeries } from '../../charts/series';
import { Card } from '../../components/Card';
import { formatNumber, formatRate, formatSignedRate, formatSignedUsd, formatUsd } from '../../lib/format';
import { explainSector, type ExplainTerm } from '../../model/explain';
import { PROGRAM_ROWS } from '../../model/programs';
import { sectorElasticity } from '../../model/simulate';
import { COUNTRIES, type Country, type Dataset, type Scenario, type SimulationResult } from '../../model/types';
import { useAppStore } from '../../state/store';
import ProgramBars from '../../charts/ProgramBars';
import { AUTHORITY_TERM } from '../../i18n/glossary';
import { Term } from '../glossary/Term';
import type { StepProps } from './step';

function termSentence(term: ExplainTerm, valueUsd: number): string {
  const scope =
    term.program === 'mfn'
      ? ''
      : ` × ${formatRate(term.scope, 1)} ${PROGRAM_ROWS[term.program].kind === 's232' || PROGRAM_ROWS[term.program].kind === 'basket' ? t('explain.inScope') : t('explain.notCovered')}`;
  const base = `${formatUsd(valueUsd)}${scope} × ${formatRate(term.rate, 2)}${term.program === 'mfn' ? ' MFN' : ''}`;
  let relief = '';
  if (term.usmcaFactor < 1 - 1e-9) {
    relief =
      PROGRAM_ROWS[term.program].usmca === 'nonUsContent'
        ? ` × ${formatRate(term.usmcaFactor, 1)} ${t('explain.vehicles')}`
        : ` × ${t('explain.claiming', { share: formatRate(1 - term.usmcaFactor, 1) })}`;
  } else if (term.program !== 'mfn') relief = ` ${t('explain.noRelief')}`;
  return `${base}${relief} = ${formatUsd(term.dutyUsd)}`;
}

/**
 * One sector's arithmetic for `scenario`; `result` (the screen's own run of it) saves running the model again.
 * The scenario is a prop, not a store subscription, so a panel holding an older step (NearView) stays still.
 */
export function SectorExplainer({
  dataset,
  scenario,
  result,
}: {
  dataset: Dataset;
  scenario: Scenario;
  result?: SimulationResult;
}) {
  const selected = useAppStore((s) => s.selectedSector);
  const selectSector = useAppStore((s) => s.selectSector);
  const country = selected.country;
  const sectors = dataset.countries[country].sectors;
  const sector = sectors.find((s) => s.id === selected.id) ?? sectors[0];
  if (!sector) return null;
  const e = explainSector(
    sector,
    country,
    scenario,
    dataset.countries[country],
    result?.countries[country].bySector.find((x) => x.id === sector.id),
  );
  const shown = e.terms.filter((x) => x.contribution > 0 || x.program === 'countryWide' || x.program === 'mfn');
  const epsilon = sectorElasticity(sector, scenario);
  const name = COUNTRY_NAMES[country];

  return (
    <div className="explainer">
      <div className="explainer-pickers">
        <label className="field">
          <span className="field-label">{t('explain.country')}</span>
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
          <span className="field-label">{t('explain.sector')}</span>
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
        <strong>{t('explain.intro', { country: name, sector: sector.label })}</strong>{' '}
        {t('explain.value', { value: formatUsd(sector.imports2024Usd) })}
      </p>
      <ul className="arithmetic">
        {shown.map((term) => (
          <li key={term.program}>
            <span className="term-name">
              {PROGRAM_LABELS[term.program]} <Term id={AUTHORITY_TERM[PROGRAM_ROWS[term.program].authority]} />:
            </span>{' '}
            {termSentence(term, sector.imports2024Usd)}
          </li>
        ))}
      </ul>
      <p>
        {t('explain.total', {
          duty: formatUsd(e.result.dutyUsd),
          etr: formatRate(e.result.etr),
          epsilon: formatNumber(epsilon, 2),
          change: formatSignedUsd(e.result.exportChangeUsd),
          pct: formatSignedRate(e.result.exportChangePct),
        })}
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
    ? t('why.reading', {
        ca: formatRate((series.rows[0]?.total ?? 0) / 100),
        mx: formatRate((series.rows[1]?.total ?? 0) / 100),
        program: PROGRAM_LABELS[top],
      })
    : t('why.noTariff');
  return (
    <ChartFrame
      title={t('why.chartTitle')}
      reading={reading}
      source={t('why.source')}
      table={<ProgramTable {...series} />}
      figure={(f) => f.programBars(series)}
      legend={series.programs.map((p) => ({ label: PROGRAM_LABELS[p], color: PROGRAM_COLORS[p] }))}
    >
      <ProgramBars rows={series.rows} programs={series.programs} />
    </ChartFrame>
  );
}

export const WhyPanel = memo(function WhyPanel({ dataset, scenario, result }: StepProps) {
  return (
    <Card title={t('why.title')} id="why">
      <WhyChart result={result} />
      <SectorExplainer dataset={dataset} scenario={scenario} result={result} />
    </Card>
  );
});
