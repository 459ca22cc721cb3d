// Embed mode (embed=1): the numbers and charts of a scenario without the editor, for an iframe on another page.
// `chart=` shows one of them; the page tells its host how tall it is, so the host's iframe can fit it.
import { useCallback, useEffect } from 'react';
import { t } from '../../i18n';
import { formatDate } from '../../lib/format';
import type { Dataset } from '../../model/types';
import { useAppStore, useStoreApi } from '../../state/store';
import { scenarioLink, scenarioName, stampOf } from '../share/scenarioName';
import { FigureStampContext } from '../../charts/stamp';
import { HeadlineCards } from '../results/HeadlineCards';
import { useSimulation } from '../results/useSimulation';
import { WhyChart } from '../results/WhyPanel';
import { SectorCharts } from '../results/SectorPanel';
import { HEIGHT_MESSAGE } from './embedSnippet';

/** While framed, posts the page's height to the host whenever it changes (fonts, charts, a new language). */
function usePostHeight() {
  useEffect(() => {
    if (window.parent === window) return;
    let last = -1;
    const post = () => {
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      // Only a height: nothing private, so any host may read it.
      window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
    };
    const observer = new ResizeObserver(post);
    observer.observe(document.documentElement);
    post();
    return () => observer.disconnect();
  }, []);
}

export function EmbedView({ dataset }: { dataset: Dataset }) {
  const result = useSimulation(dataset);
  // A preset moved by hand is no longer that preset: the title says so.
  const name = useAppStore(scenarioName);
  const chart = useAppStore((s) => s.embedChart);
  const longRun = useAppStore((s) => s.scenario.elasticityMode === 'sector');
  const full = useAppStore((s) => scenarioLink(s, dataset.version));
  usePostHeight();
  const store = useStoreApi();
  const stamp = useCallback(async () => stampOf(store.getState(), dataset.version), [store, dataset.version]);
  return (
    <FigureStampContext.Provider value={stamp}>
      <div className="embed">
        <div className="embed-title">
          <h1>{t('embed.title', { name })}</h1>
          <a href={full} target="_blank" rel="noopener">
            {t('embed.open')}
          </a>
        </div>
        {(chart === null || chart === 'headline') && <HeadlineCards dataset={dataset} />}
        {(chart === null || chart === 'why') && <WhyChart result={result} />}
        {(chart === null || chart === 'sectors') && <SectorCharts result={result} />}
        <p className="help">
          {t(longRun ? 'embed.footerLong' : 'embed.footer', {
            version: dataset.version,
            asOf: formatDate(dataset.asOf),
          })}
        </p>
      </div>
    </FigureStampContext.Provider>
  );
}
