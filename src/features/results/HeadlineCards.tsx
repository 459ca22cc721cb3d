// Headline numbers per country, each with its change against the pre-2025 (MFN-only) baseline.
import { memo } from 'react';
import { t } from '../../i18n';
import { COUNTRY_NAMES } from '../../charts/programs';
import { formatNumber, formatRate, formatSignedRate, formatSignedUsd, formatUsd } from '../../lib/format';
import { COUNTRIES, type CountryResult, type SimulationResult } from '../../model/types';

function pp(delta: number): string {
  const v = delta * 100;
  return t('headline.points', { sign: v > 0 ? '+' : v < 0 ? '−' : '±', value: formatNumber(Math.abs(v), 2) });
}

const CountryCard = memo(function CountryCard({ r, base }: { r: CountryResult; base: CountryResult }) {
  const name = COUNTRY_NAMES[r.country];
  return (
    <article className={`headline-card country-${r.country}`} aria-labelledby={`headline-${r.country}`}>
      <h3 id={`headline-${r.country}`}>{name}</h3>
      <dl>
        <div>
          <dt>{t('headline.etr')}</dt>
          <dd data-testid={`etr-${r.country}`}>{formatRate(r.etr)}</dd>
          <dd className="delta">{t('headline.vsBefore', { delta: pp(r.etr - base.etr) })}</dd>
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
          <dd className="delta">
            {t('headline.ofGdp', {
              gdp: formatSignedRate(r.exportChangePctGdp),
              exports: formatSignedRate(r.exportChangePctExports),
            })}
          </dd>
        </div>
      </dl>
    </article>
  );
});

export function HeadlineCards({ result, baseline }: { result: SimulationResult; baseline: SimulationResult }) {
  return (
    <section className="headlines" aria-labelledby="headlines-title">
      <h2 id="headlines-title" className="sr-only">
        {t('headline.label')}
      </h2>
      {COUNTRIES.map((c) => (
        <CountryCard key={c} r={result.countries[c]} base={baseline.countries[c]} />
      ))}
    </section>
  );
}
