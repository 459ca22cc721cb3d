// Context from the 2025 Sheinbaum–Carney meeting: sourced figures and dates around the USMCA.
import { memo } from 'react';
import { Card } from '../../components/Card';
import { t } from '../../i18n';
import { confidenceText } from '../../i18n/confidence';
import { WithFileLinks } from '../sources/FileLinks';
import { formatUsd } from '../../lib/format';
import type { Dataset } from '../../model/types';

export const ContextPanel = memo(function ContextPanel({ dataset }: { dataset: Dataset }) {
  return (
    <Card title={t('context.title')} id="context">
      {/* The facts in the reader's language (by id, localizeDataset); their source notes too. */}
      <ul className="context-list">
        {dataset.context.map((f) => (
          <li key={f.id}>
            <strong>
              {f.label}
              {f.value !== null && f.unit === 'USD' ? `: ${formatUsd(f.value)}` : ''}
            </strong>
            <p>{f.text}</p>
            <p className="help">
              <WithFileLinks
                text={t('context.source', { source: f.source, confidence: confidenceText(f.confidence) })}
              />
            </p>
          </li>
        ))}
      </ul>
    </Card>
  );
});
