// One product line in one country: its trade, its USMCA claims and its tariff, and the arithmetic of each program
// ("why this rate"), from the engine's own terms.
import { t } from '../../i18n';
import { COUNTRY_NAMES, PROGRAM_LABELS } from '../../charts/programs';
import { formatRate, formatUsd } from '../../lib/format';
import type { ProductResult, ProductTerm } from '../../model/products';
import { PROGRAM_ROWS } from '../../model/programs';

/** "Steel (Section 232): 50.00% × 100.0% of the value = 50.00%", with what USMCA leaves to pay when it relieves. */
export function termSentence(term: ProductTerm): string {
  const gross = term.rate * term.reach;
  const factor = gross > 0 ? term.contribution / gross : 1;
  const parts = [t('products.term.base', { rate: formatRate(term.rate), reach: formatRate(term.reach, 1) })];
  if (factor < 1 - 1e-9)
    parts.push(
      PROGRAM_ROWS[term.program].usmca === 'nonUsContent'
        ? t('products.term.content', { factor: formatRate(factor, 1) })
        : t('products.term.relief', { factor: formatRate(factor, 1) }),
    );
  return `${parts.join(' ')} = ${formatRate(term.contribution)}`;
}

/** Programs with a duty on the line, as "Steel 50.00%" pairs (search results). */
export function programSplit(r: ProductResult): string {
  return r.terms
    .filter((x) => x.contribution > 0)
    .map((x) => `${PROGRAM_LABELS[x.program]} ${formatRate(x.contribution)}`)
    .join(', ');
}

export function ProductLineDetail({ r }: { r: ProductResult }) {
  const name = COUNTRY_NAMES[r.country];
  return (
    <div className="product-line">
      <p>
        <strong>{name}</strong>{' '}
        {t('products.line.summary', {
          imports: formatUsd(r.importsUsd),
          usmca: formatRate(r.usmcaShare, 0),
          rate: formatRate(r.rate),
          duty: formatUsd(r.dutyUsd),
        })}
      </p>
      {r.banned && <p className="help">{t('products.line.banned')}</p>}
      <ul className="arithmetic">
        {r.terms
          .filter((x) => x.contribution > 0 || x.program === 'mfn')
          .map((x) => (
            <li key={x.program}>
              <span className="term-name">{PROGRAM_LABELS[x.program]}:</span> {termSentence(x)}
            </li>
          ))}
      </ul>
    </div>
  );
}
