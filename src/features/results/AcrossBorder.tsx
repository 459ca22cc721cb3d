// The other side of the border: Canada's counter-tariffs on US goods (and Mexico's choice not to retaliate), from
// retaliation.csv. Context beside the timeline and in the methodology; the model's numbers leave them out.
import { memo } from 'react';
import { t } from '../../i18n';
import { confidenceText } from '../../i18n/confidence';
import { formatDate } from '../../lib/format';
import type { CounterMeasure, Dataset } from '../../model/types';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** A day as the reader's language writes it; the source's own words ("2025") where it gives no day. */
const when = (m: CounterMeasure) => (ISO_DAY.test(m.effectiveDate) ? formatDate(m.effectiveDate) : m.effectiveDate);

/** Beside the policy timeline: the dated measures, in order, in a disclosure that starts closed. */
export const BorderTimeline = memo(function BorderTimeline({ dataset }: { dataset: Dataset }) {
  const dated = dataset.counterMeasures
    .filter((m) => ISO_DAY.test(m.effectiveDate))
    .sort((a, b) => a.effectiveDate.localeCompare(b.effectiveDate));
  const others = dataset.counterMeasures.filter((m) => !ISO_DAY.test(m.effectiveDate) && m.effectiveDate !== '');
  if (dated.length === 0 && others.length === 0) return null;
  return (
    <details className="border-timeline" data-testid="border-timeline">
      <summary>{t('border.summary')}</summary>
      <p className="help">{t('border.note')}</p>
      {/* The measures are sourced data, recorded in English. */}
      <ol lang="en">
        {[...dated, ...others].map((m) => (
          <li key={`${m.country}-${m.measure}`}>
            <strong>{m.country}</strong>{' '}
            {t('border.item', { date: when(m), measure: m.measure, rate: m.rate, scope: m.scope, status: m.status })}
          </li>
        ))}
      </ol>
    </details>
  );
});

/** The methodology table's columns; each is a dictionary key `border.col.<column>`. */
export const BORDER_COLUMNS = ['country', 'measure', 'rate', 'date', 'scope', 'status', 'source'] as const;

/** In the methodology: every sourced row, with its source and confidence. */
export function BorderTable({ dataset }: { dataset: Dataset }) {
  return (
    <div className="table-scroll">
      <table className="data-table text-table">
        <caption>{t('border.caption')}</caption>
        <thead>
          <tr>
            {BORDER_COLUMNS.map((c) => (
              <th key={c} scope="col">
                {t(`border.col.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody lang="en">
          {dataset.counterMeasures.map((m) => (
            <tr key={`${m.country}-${m.measure}`}>
              <td>{m.country}</td>
              <th scope="row">{m.measure}</th>
              <td>{m.rate}</td>
              <td>{when(m)}</td>
              <td>{m.scope}</td>
              <td>{m.status}</td>
              <td>
                {m.source} ({confidenceText(m.confidence)})
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
