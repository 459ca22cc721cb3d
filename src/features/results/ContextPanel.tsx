// Context from the 2025 Sheinbaum–Carney meeting: sourced figures and dates around the USMCA.
import { memo } from 'react';
import { Card } from '../../components/Card';
import { formatUsd } from '../../lib/format';
import type { Dataset } from '../../model/types';

export const ContextPanel = memo(function ContextPanel({ dataset }: { dataset: Dataset }) {
  return (
    <Card title="Context: Canada, Mexico and the USMCA review" id="context">
      <ul className="context-list">
        {dataset.context.map((f) => (
          <li key={f.id}>
            <strong>
              {f.label}
              {f.value !== null && f.unit === 'USD' ? `: ${formatUsd(f.value)}` : ''}
            </strong>
            <p>{f.text}</p>
            <p className="help">
              Source: {f.source}. Confidence: {f.confidence}.
            </p>
          </li>
        ))}
      </ul>
    </Card>
  );
});
