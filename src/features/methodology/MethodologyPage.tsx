// Methodology: the rules in words and formulas, every assumption with its source, the data, what is left out,
// a live worked example, and why statutory rates differ from the duties actually collected.
import { Card } from '../../components/Card';
import { DataTable } from '../../components/DataTable';
import { t, type MessageKey } from '../../i18n';
import { confidenceText } from '../../i18n/confidence';
import { SourcesLink } from '../sources/SourcesLink';
import { WithFileLinks } from '../sources/FileLinks';
import { formatDate, formatNumber, formatRate } from '../../lib/format';
import { AUTO_OFFSET, DEFAULT_SCENARIO } from '../../model/presets';
import { MAX_SECTOR_ELASTICITY } from '../../model/simulate';
import { ENGLISH_FORMULA_WORDS, ruleFormulas, type FormulaWords } from '../../model/formulas';
import type { Dataset } from '../../model/types';
import { ProgramTable } from './ProgramTable';
import { SectorExplainer } from '../results/WhyPanel';
import { BorderTable } from '../results/AcrossBorder';
import { GLOSSARY, termKey, textKey } from '../../i18n/glossary';
import { useAppStore } from '../../state/store';

/**
 * The rules, in order; their words come from the dictionary (method.ruleN), the formulas from the program table,
 * written in the reader's language (formula.<word>; program ids stay as they are).
 */
function rules() {
  const words = Object.fromEntries(
    Object.keys(ENGLISH_FORMULA_WORDS).map((k) => [k, t(`formula.${k}` as MessageKey)]),
  ) as unknown as FormulaWords;
  const formulas = ruleFormulas(words);
  return ([1, 2, 3, 4, 5, 6] as const).map((n) => ({ n, formula: formulas[n] }));
}

export function MethodologyPage({ dataset }: { dataset: Dataset }) {
  const scenario = useAppStore((s) => s.scenario);
  const duties = dataset.monthlyDuties.filter(
    (m) =>
      ['2024-12', '2025-03', '2025-06', '2025-09', '2025-12'].includes(m.month) || m === dataset.monthlyDuties.at(-1),
  );
  return (
    <div className="page">
      <Card title={t('method.title')} id="methodology">
        <div className="prose">
          <p>{t('method.intro')}</p>
          <SourcesLink />
          <ol>
            {rules().map((r) => (
              <li key={r.n}>
                <strong>{t(`method.rule${r.n}.title`)}.</strong>{' '}
                {t(`method.rule${r.n}.words`, { cap: MAX_SECTOR_ELASTICITY })}
                <code className="formula">{r.formula}</code>
              </li>
            ))}
          </ol>
        </div>
      </Card>

      <Card title={t('method.lines.title')} id="stacking">
        <ul className="prose">
          <li>{t('method.lines.eo14289')}</li>
          <li>{t('method.lines.copper')}</li>
          <li>{t('method.lines.annex')}</li>
        </ul>
      </Card>

      <Card title={t('method.programs.title')} id="programs">
        <p className="help">{t('method.programs.help')}</p>
        <ProgramTable />
      </Card>

      <Card title={t('method.example.title')} id="example">
        <p className="help">{t('method.example.help')}</p>
        <SectorExplainer dataset={dataset} scenario={scenario} />
      </Card>

      <Card title={t('border.title')} id="across-border">
        <p className="help">
          <WithFileLinks text={t('border.intro')} />
        </p>
        <BorderTable dataset={dataset} />
      </Card>

      <Card title={t('glossary.title')} id="glossary">
        <p className="help">{t('glossary.intro')}</p>
        <dl className="glossary">
          {GLOSSARY.map((id) => (
            <div key={id} id={`glossary-${id}`}>
              <dt>{t(termKey(id))}</dt>
              <dd>{t(textKey(id))}</dd>
            </div>
          ))}
        </dl>
      </Card>

      <Card title={t('method.assumptions.title')} id="assumptions">
        <div className="table-scroll">
          <DataTable
            className="text-table"
            columns={[
              t('method.assumptions.col.what'),
              t('method.assumptions.col.value'),
              t('method.assumptions.col.source'),
            ]}
            rows={[
              {
                key: 'usContent',
                head: t('method.a.usContent'),
                cells: [formatRate(DEFAULT_SCENARIO.usContentShare, 0), t('method.a.usContent.source')],
              },
              {
                key: 'offset',
                head: t('method.a.offset'),
                cells: [formatRate(AUTO_OFFSET, 3), t('method.a.offset.source')],
              },
              {
                key: 'short',
                head: t('method.a.short'),
                cells: [formatNumber(DEFAULT_SCENARIO.elasticity, 1), t('method.a.short.source')],
              },
              {
                key: 'long',
                head: t('method.a.long'),
                cells: [t('method.a.long.value', { cap: MAX_SECTOR_ELASTICITY }), t('method.a.long.source')],
              },
              {
                key: 'usmca',
                head: t('method.a.usmca'),
                cells: [t('method.a.usmca.value'), t('method.a.usmca.source')],
              },
              {
                key: 'metal',
                head: t('method.a.metal'),
                cells: [t('method.a.metal.value'), t('method.a.metal.source')],
              },
              {
                key: 'caExports',
                head: t('method.a.caExports'),
                cells: [
                  t('method.a.caExports.value', { share: formatRate(1 / dataset.countries.CA.shareExportsToUs, 0) }),
                  <span key="source" lang="en">
                    {dataset.countries.CA.totalExportsSource}
                  </span>,
                ],
              },
            ]}
          />
        </div>
      </Card>

      <Card title={t('method.data.title')} id="data">
        <div className="prose">
          <p>
            {t('method.data.version', {
              version: dataset.version,
              asOf: formatDate(dataset.asOf),
              year: dataset.baseYear,
            })}{' '}
            <span lang="en">
              <WithFileLinks text={dataset.sourcesNote} />
            </span>
          </p>
          <p className="help">{t('method.data.english')}</p>
        </div>
        <div className="table-scroll">
          <table className="data-table text-table">
            <caption>{t('method.data.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('method.data.col.measure')}</th>
                <th scope="col">{t('method.data.col.country')}</th>
                <th scope="col">{t('method.data.col.rate')}</th>
                <th scope="col">{t('method.data.col.from')}</th>
                <th scope="col">{t('method.data.col.instrument')}</th>
                <th scope="col">{t('method.data.col.confidence')}</th>
              </tr>
            </thead>
            <tbody lang="en">
              {dataset.policyMeasures.map((m, i) => (
                <tr key={i}>
                  <th scope="row">{m.measure}</th>
                  <td>{m.country}</td>
                  <td>{m.rate}</td>
                  <td>{m.effectiveDate}</td>
                  <td>{m.legalInstrument}</td>
                  <td>{confidenceText(m.confidence)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>

      <Card title={t('method.collected.title')} id="collected">
        <div className="prose">
          <p>{t('method.collected.text')}</p>
        </div>
        <div className="table-scroll">
          <DataTable
            caption={t('method.collected.caption')}
            columns={[
              t('method.collected.col.month'),
              t('method.collected.col.rate'),
              t('method.collected.col.ca'),
              t('method.collected.col.mx'),
            ]}
            rows={duties.map((m) => ({
              key: m.month,
              head: m.month,
              cells: [
                formatRate(m.usAggregateEffectiveRate, 1),
                formatRate(m.dutiableShareCanada, 1),
                formatRate(m.dutiableShareMexico, 1),
              ],
            }))}
          />
        </div>
      </Card>

      <Card title={t('method.limits.title')} id="limits">
        <ul className="prose">
          <li>{t('method.limits.ge')}</li>
          <li>{t('method.limits.adcvd')}</li>
          <li>{t('method.limits.ch98')}</li>
          <li>{t('method.limits.values')}</li>
          <li>{t('method.limits.metals2026')}</li>
          <li>{t('method.limits.s338')}</li>
          <li>{t('method.limits.fl301')}</li>
        </ul>
      </Card>
    </div>
  );
}
