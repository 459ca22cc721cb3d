// Embed mode (embed=1): the numbers and charts of a scenario without the editor, for an iframe on another page.
import { t } from '../../i18n';
import { presetLabel } from '../../i18n/labels';
import { formatDate } from '../../lib/format';
import type { Dataset } from '../../model/types';
import { useAppStore } from '../../state/store';
import { searchOf } from '../../state/persistence';
import { HeadlineCards } from '../results/HeadlineCards';
import { useBaseline, useSimulation } from '../results/useSimulation';
import { WhyChart } from '../results/WhyPanel';
import { SectorCharts } from '../results/SectorPanel';

export function EmbedView({ dataset }: { dataset: Dataset }) {
  const result = useSimulation(dataset);
  const baseline = useBaseline(dataset);
  const presetId = useAppStore((s) => s.presetId);
  const full = useAppStore((s) => `${import.meta.env.BASE_URL}${searchOf({ ...s, embed: false }, dataset.version)}`);
  return (
    <div className="embed">
      <div className="embed-title">
        <h1>{t('embed.title', { name: presetId ? presetLabel(presetId) : t('embed.custom') })}</h1>
        <a href={full} target="_blank" rel="noopener">
          {t('embed.open')}
        </a>
      </div>
      <HeadlineCards result={result} baseline={baseline} />
      <WhyChart result={result} />
      <SectorCharts result={result} />
      <p className="help">{t('embed.footer', { version: dataset.version, asOf: formatDate(dataset.asOf) })}</p>
    </div>
  );
}
