// Headline numbers per country, each with its change against the pre-2025 (MFN-only) baseline.
import { memo } from 'react';
import { t } from '../../i18n';
import { COUNTRY_NAMES } from '../../charts/programs';
import { formatNumber, formatRate, formatSignedRate, formatSignedUsd, formatUsd } from '../../lib/format';
import { COUNTRIES, type Country, type CountryResult, type Dataset } from '../../model/types';
import { useAppStore } from '../../state/store';
import { Term } from '../glossary/Term';
import { Contained } from '../../components/Contained';
import { baselineOf, useCountryResult } from './useSimulation';

function pp(delta: number): string {
  const v = delta * 100;
  return t('headline.points', { sign: v > 0 ? '+' : v < 0 ? '−' : '±', value: formatNumber(Math.abs(v), 2) });
}

/**
 * Why the effective rate sits far below the rates on the books, from the result: the share of exports facing any new
 * tariff, the new duties' average on those (all duty but MFN, over their value), and the share that pays none.
 */
export function whySentence(r: CountryResult, usmcaExempt: boolean): string {
  const etr = formatRate(r.etr);
  if (r.exposedShare <= 0) return t('headline.whyNone', { etr });
  const why = t('headline.why', {
    etr,
    exposed: formatRate(r.exposedShare, 1),
    country: COUNTRY_NAMES[r.country],
    avg: formatRate((r.etr - r.byProgram.mfn) / r.exposedShare, 1),
    free: formatRate(1 - r.exposedShare, 1),
  });
  return usmcaExempt && r.exposedShare < 1 ? `${why} ${t('headline.whyClaim')}` : why;
}

/** One country's card: it reads its own country's result, so a Canadian step leaves Mexico's card alone. */
const CountryCard = memo(function CountryCard({
  dataset,
  c,
  usmcaExempt,
}: {
  dataset: Dataset;
  c: Country;
  usmcaExempt: boolean;
}) {
  const r = useCountryResult(dataset, c);
  const base = baselineOf(dataset).countries[c];
  const name = COUNTRY_NAMES[r.country];
  const gdp = {
    gdp: formatRate(Math.abs(r.exportChangePctGdp)),
    exports: formatRate(Math.abs(r.exportChangePctExports)),
  };
  return (
    <article className={`headline-card country-${r.country}`} aria-labelledby={`headline-${r.country}`}>
      <h3 id={`headline-${r.country}`}>{name}</h3>
      {/* A step changes the numbers below and nothing else on the card: they lay out alone. */}
      <Contained>
        <dl>
          <div>
            <dt>
              {t('headline.etr')} <Term id="etr" />
            </dt>
            <dd data-testid={`etr-${r.country}`}>{formatRate(r.etr)}</dd>
            <dd className="delta">
              {t('headline.vsBefore', { delta: pp(r.etr - base.etr) })} <Term id="pp" />
            </dd>
          </div>
          <div>
            <dt>{t('headline.duty')}</dt>
            <dd data-testid={`duty-${r.country}`}>{formatUsd(r.dutyUsd)}</dd>
            <dd className="delta">{t('headline.vsBefore', { delta: formatSignedUsd(r.dutyUsd - base.dutyUsd) })}</dd>
          </div>
          <div>
            <dt>{t('headline.exposed')}</dt>
            <dd data-testid={`exposed-${r.country}`}>
              {formatUsd(r.exposedUsd)}{' '}
              <span className="sub">{t('headline.exposedShare', { share: formatRate(r.exposedShare, 1) })}</span>
            </dd>
            <dd className="delta">
              {t('headline.vsBefore', { delta: formatSignedUsd(r.exposedUsd - base.exposedUsd) })}
            </dd>
          </div>
          <div>
            <dt>{t('headline.exportChange')}</dt>
            <dd data-testid={`export-change-${r.country}`}>
              {formatSignedUsd(r.exportChangeUsd)} <span className="sub">({formatSignedRate(r.exportChangePct)})</span>
            </dd>
            <dd className="delta">{t(r.exportChangeUsd > 0 ? 'headline.gainOf' : 'headline.lossOf', gdp)}</dd>
          </div>
        </dl>
        <p className="headline-why" data-testid={`why-${r.country}`}>
          {whySentence(r, usmcaExempt)}
        </p>
      </Contained>
    </article>
  );
});

export function HeadlineCards({ dataset }: { dataset: Dataset }) {
  const usmcaExempt = useAppStore((s) => s.scenario.usmcaExemption && !s.scenario.usmcaTerminated);
  return (
    <section className="headlines" aria-labelledby="headlines-title">
      <h2 id="headlines-title" className="sr-only">
        {t('headline.label')}
      </h2>
      {COUNTRIES.map((c) => (
        <CountryCard key={c} dataset={dataset} c={c} usmcaExempt={usmcaExempt} />
      ))}
    </section>
  );
}
