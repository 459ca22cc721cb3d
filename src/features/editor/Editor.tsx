// The scenario editor: every control of the parameter table, grouped; Section 232 and the rest under "Advanced".
import { memo } from 'react';
import { t } from '../../i18n';
import { formatDate, formatRate } from '../../lib/format';
import { observedUtilization } from '../../model/summary';
import { PERIODS, type Dataset } from '../../model/types';
import { PARAMS, PERIOD_LABELS } from '../../state/parameters';
import { useAppStore } from '../../state/store';
import { Term } from '../glossary/Term';
import { ParamControl } from './ParamControl';

export const Editor = memo(function Editor({ dataset }: { dataset: Dataset }) {
  const utilization = useAppStore((s) => s.scenario.utilization);
  const elasticityMode = useAppStore((s) => s.scenario.elasticityMode);
  const advancedOpen = useAppStore((s) => s.advancedOpen);
  const setAdvancedOpen = useAppStore((s) => s.setAdvancedOpen);
  const periodLabels = Object.fromEntries(
    PERIODS.map((p) => {
      const u = observedUtilization(dataset, p);
      return [
        p,
        t('option.period.withShares', { period: PERIOD_LABELS[p], ca: formatRate(u.CA, 1), mx: formatRate(u.MX, 1) }),
      ];
    }),
  );
  const s232 = PARAMS.filter((p) => p.group === 's232');
  const programs = PARAMS.filter((p) => p.group === 'programs');
  const inForce = (p: (typeof PARAMS)[number]) =>
    p.kind === 'number' && p.inForce ? t('field.inForce', { date: formatDate(p.inForce) }) : undefined;

  return (
    <form className="editor" aria-label={t('editor.title')} onSubmit={(e) => e.preventDefault()}>
      <h2 className="sr-only">{t('editor.title')}</h2>
      <fieldset className="group">
        <legend>{t('editor.programs')}</legend>
        {programs.map((p) => (
          <ParamControl key={p.key} name={p.key} note={p.key === 's338Mode' ? t('editor.s338ModeNote') : inForce(p)} />
        ))}
      </fieldset>

      <fieldset className="group">
        <legend>
          {t('editor.countryWide')} <Term id="ieepa" />
        </legend>
        <ParamControl name="caGeneral" />
        <ParamControl name="caEnergy" />
        <ParamControl name="mxGeneral" />
        <ParamControl name="mxPotash" />
      </fieldset>

      <fieldset className="group">
        <legend>
          {t('editor.usmca')} <Term id="usmca" />
        </legend>
        <ParamControl name="usmcaExemption" prominent />
        <ParamControl name="utilization" />
        {utilization === 'observed' ? (
          <ParamControl name="period" labels={periodLabels} />
        ) : (
          <>
            <ParamControl name="uniformCa" />
            <ParamControl name="uniformMx" />
          </>
        )}
      </fieldset>

      <fieldset className="group">
        <legend>
          {t('editor.response')} <Term id="elasticity" />
        </legend>
        <ParamControl name="elasticityMode" />
        <ParamControl
          name="elasticity"
          note={elasticityMode === 'sector' ? t('editor.elasticityFallback') : undefined}
        />
        <ParamControl name="elasticityMultiplier" />
      </fieldset>

      <details
        className="group advanced"
        open={advancedOpen}
        onToggle={(e) => setAdvancedOpen((e.target as HTMLDetailsElement).open)}
      >
        <summary>{t('editor.advanced')}</summary>
        <fieldset className="group">
          <legend>
            {t('editor.s232')} <Term id="s232" />
          </legend>
          {s232.map((p) => (
            <ParamControl key={p.key} name={p.key} note={p.key === 'pharma' ? t('editor.pharmaNote') : inForce(p)} />
          ))}
        </fieldset>
        <fieldset className="group">
          <legend>{t('editor.vehicles')}</legend>
          <ParamControl name="usContentShare" />
          <ParamControl name="autoOffset" />
          <ParamControl name="usmcaTerminated" />
        </fieldset>
      </details>
    </form>
  );
});
