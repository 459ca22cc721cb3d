// Sources: every data set the app is built from (each file downloadable, with where it comes from), every legal
// instrument behind the programs and the policy path (linked), and how to cite the scenario on screen.
import { useMemo } from 'react';
import { t } from '../../i18n';
import { Card } from '../../components/Card';
import type { Dataset } from '../../model/types';
import { useAppStore } from '../../state/store';
import { citation } from '../share/cite';
import { scenarioLink, scenarioName } from '../share/scenarioName';
import { CopyField } from '../share/SharePanel';
import { DATA_FILES, instruments, servedPath } from './sourceList';

export function SourcesPage({ dataset }: { dataset: Dataset }) {
  const list = useMemo(() => instruments(dataset.policyMeasures), [dataset]);
  const name = useAppStore(scenarioName);
  const link = useAppStore((s) => scenarioLink(s, dataset.version));
  return (
    <div className="page sources-page">
      <h2>{t('sources.title')}</h2>
      <p>{t('sources.intro', { version: dataset.version })}</p>
      <Card title={t('sources.cite.title')} id="cite">
        <p className="help">{t('sources.cite.help')}</p>
        <CopyField
          label={t('cite.label')}
          value={citation({ name, version: dataset.version, asOf: dataset.asOf, link })}
          rows={3}
        />
      </Card>
      <Card title={t('sources.data.title')} id="data-files">
        <p className="help">{t('sources.data.help')}</p>
        <ul className="source-files">
          {DATA_FILES.map((f) => (
            <li key={f.path}>
              <a href={`${import.meta.env.BASE_URL}data/${servedPath(f.path)}`} download>
                {t('sources.download', { file: servedPath(f.path).replace(/^raw\//, '') })}
              </a>
              <p>{t(f.what)}</p>
              <p className="help" lang="en">
                {f.origin}
              </p>
              {f.links.length > 0 && (
                <p className="help">
                  {f.links.map((l, i) => (
                    <span key={l.label}>
                      {i > 0 && ' · '}
                      <a href={l.url} rel="noopener" target="_blank">
                        {l.label}
                      </a>
                    </span>
                  ))}
                </p>
              )}
            </li>
          ))}
        </ul>
      </Card>
      <Card title={t('sources.legal.title')} id="legal">
        <p className="help">{t('sources.legal.help', { n: list.length })}</p>
        <ul className="source-instruments">
          {list.map((i) => (
            <li key={i.label}>
              <span lang="en">{i.label}</span>{' '}
              <a href={i.url} rel="noopener" target="_blank">
                {i.search ? t('sources.search') : t('sources.open')}
              </a>
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
