// Headline numbers per country, each with its change against the pre-2025 (MFN-only) baseline.
import { memo } from 'react';
import { COUNTRY_NAMES } from '../../charts/programs';
import { formatRate, formatSignedRate, formatSignedUsd, formatUsd } from '../../lib/format';
import { COUNTRIES, type CountryResult, type SimulationResult } from '../../model/types';

function pp(delta: number): string {
  const v = delta * 100;
  return `${v > 0 ? '+' : v < 0 ? '−' : '±'}${Math.abs(v).toFixed(2)} pts`;
}

const CountryCard = memo(function CountryCard({ r, base }: { r: CountryResult; base: CountryResult }) {
  const name = COUNTRY_NAMES[r.country];
  return (
    <article className={`headline-card country-${r.country}`} aria-labelledby={`headline-${r.country}`}>
      <h3 id={`headline-${r.country}`}>{name}</h3>
      <dl>
        <div>
          <dt>Effective tariff rate</dt>
          <dd data-testid={`etr-${r.country}`}>{formatRate(r.etr)}</dd>
          <dd className="delta">{pp(r.etr - base.etr)} vs. before 2025</dd>
        </div>
        <div>
          <dt>Duty owed per year</dt>
          <dd data-testid={`duty-${r.country}`}>{formatUsd(r.dutyUsd)}</dd>
          <dd className="delta">{formatSignedUsd(r.dutyUsd - base.dutyUsd)} vs. before 2025</dd>
        </div>
        <div>
          <dt>Exports facing a new tariff</dt>
          <dd data-testid={`exposed-${r.country}`}>
            {formatUsd(r.exposedUsd)}{' '}
            <span className="sub">({formatRate(r.exposedShare, 1)} of exports to the US)</span>
          </dd>
          <dd className="delta">{formatSignedUsd(r.exposedUsd - base.exposedUsd)} vs. before 2025</dd>
        </div>
        <div>
          <dt>Estimated change in exports to the US</dt>
          <dd data-testid={`export-change-${r.country}`}>
            {formatSignedUsd(r.exportChangeUsd)} <span className="sub">({formatSignedRate(r.exportChangePct)})</span>
          </dd>
          <dd className="delta">
            {formatSignedRate(r.exportChangePctGdp)} of GDP · {formatSignedRate(r.exportChangePctExports)} of all
            exports
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
        Headline results
      </h2>
      {COUNTRIES.map((c) => (
        <CountryCard key={c} r={result.countries[c]} base={baseline.countries[c]} />
      ))}
    </section>
  );
}
