// Embed mode (embed=1): the numbers and charts of a scenario without the editor, for an iframe on another page.
import type { Dataset } from '../../model/types';
import { useAppStore } from '../../state/store';
import { searchOf } from '../../state/urlSync';
import { presets } from '../../model/presets';
import { HeadlineCards } from '../results/HeadlineCards';
import { useBaseline, useSimulation } from '../results/useSimulation';
import { WhyChart } from '../results/WhyPanel';
import { SectorCharts } from '../results/SectorPanel';

export function EmbedView({ dataset }: { dataset: Dataset }) {
  const result = useSimulation(dataset);
  const baseline = useBaseline(dataset);
  const presetId = useAppStore((s) => s.presetId);
  const full = useAppStore((s) => searchOf({ ...s, embed: false }, dataset.version));
  return (
    <div className="embed">
      <div className="embed-title">
        <h1>US tariffs on Canada and Mexico: {presetId ? presets[presetId].label : 'custom scenario'}</h1>
        <a href={full} target="_blank" rel="noopener">
          Open in the USMCA Tariff Simulator
        </a>
      </div>
      <HeadlineCards result={result} baseline={baseline} />
      <WhyChart result={result} />
      <SectorCharts result={result} />
      <p className="help">
        Model on 2024 trade (data {dataset.version}, as of {dataset.asOf}); one-year trade response. Elasticities and
        vehicle content are assumptions.
      </p>
    </div>
  );
}
