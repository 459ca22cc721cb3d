// On a phone the editor comes before the results: this one line of headline numbers stays at the top of the screen
// while a slider is moved, so a change is seen as it happens. Wider screens show the headline cards beside the editor.
import { memo } from 'react';
import { COUNTRY_NAMES } from '../../charts/programs';
import { t } from '../../i18n';
import { formatRate, formatUsd } from '../../lib/format';
import { COUNTRIES, type Dataset } from '../../model/types';
import { useMediaQuery } from '../../lib/useMediaQuery';
import { useSimulation } from './useSimulation';

/** The screens the summary is shown on (styles.css shows it below this width). */
export const PHONE_QUERY = '(max-width: 900px)';

function SummaryNumbers({ dataset }: { dataset: Dataset }) {
  const result = useSimulation(dataset);
  return (
    <>
      {COUNTRIES.map((c) => (
        <span key={c} className={`sticky-country country-${c}`} data-country={c}>
          {t('sticky.country', {
            country: COUNTRY_NAMES[c],
            etr: formatRate(result.countries[c].etr),
            duty: formatUsd(result.countries[c].dutyUsd),
          })}
        </span>
      ))}
    </>
  );
}

/**
 * Hidden from screen readers: the same numbers are in the headline cards, with their labels. On a wider screen it is
 * not shown, and its numbers are not drawn either (a slider step has no work there); they are back as the screen
 * narrows.
 */
export const StickySummary = memo(function StickySummary({ dataset }: { dataset: Dataset }) {
  const shown = useMediaQuery(PHONE_QUERY, true);
  return (
    <div className="sticky-summary" aria-hidden="true" data-testid="sticky-summary">
      <span className="sticky-label">{t('sticky.label')}</span>
      {shown && <SummaryNumbers dataset={dataset} />}
    </div>
  );
});
