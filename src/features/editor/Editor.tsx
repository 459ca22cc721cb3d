// The scenario editor: every control of the parameter table, grouped; Section 232 and the rest under "Advanced".
import { memo } from 'react';
import { formatRate } from '../../lib/format';
import { observedUtilization } from '../../model/summary';
import { PERIODS, type Dataset } from '../../model/types';
import { PARAMS, PERIOD_LABELS } from '../../state/parameters';
import { useAppStore } from '../../state/store';
import { ParamControl } from './ParamControl';

export const Editor = memo(function Editor({ dataset }: { dataset: Dataset }) {
  const utilization = useAppStore((s) => s.scenario.utilization);
  const elasticityMode = useAppStore((s) => s.scenario.elasticityMode);
  const advancedOpen = useAppStore((s) => s.advancedOpen);
  const setAdvancedOpen = useAppStore((s) => s.setAdvancedOpen);
  const periodLabels = Object.fromEntries(
    PERIODS.map((p) => {
      const u = observedUtilization(dataset, p);
      return [p, `${PERIOD_LABELS[p]}: Canada ${formatRate(u.CA, 1)}, Mexico ${formatRate(u.MX, 1)}`];
    }),
  );
  const s232 = PARAMS.filter((p) => p.group === 's232');

  return (
    <form className="editor" aria-label="Scenario settings" onSubmit={(e) => e.preventDefault()}>
      <h2 className="sr-only">Scenario settings</h2>
      <fieldset className="group">
        <legend>Country-wide tariffs (goods outside USMCA)</legend>
        <ParamControl name="caGeneral" />
        <ParamControl name="caEnergy" />
        <ParamControl name="mxGeneral" />
        <ParamControl name="mxPotash" />
      </fieldset>

      <fieldset className="group">
        <legend>USMCA</legend>
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
        <legend>Trade response (assumption)</legend>
        <ParamControl name="elasticityMode" />
        <ParamControl
          name="elasticity"
          note={elasticityMode === 'sector' ? 'Used only for sectors with no estimate (electricity).' : undefined}
        />
        <ParamControl name="elasticityMultiplier" />
      </fieldset>

      <details
        className="group advanced"
        open={advancedOpen}
        onToggle={(e) => setAdvancedOpen((e.target as HTMLDetailsElement).open)}
      >
        <summary>Advanced: Section 232 rates, vehicles, termination</summary>
        <fieldset className="group">
          <legend>Section 232 (no USMCA relief except vehicles and parts)</legend>
          {s232.map((p) => (
            <ParamControl key={p.key} name={p.key} />
          ))}
        </fieldset>
        <fieldset className="group">
          <legend>Vehicles and the agreement</legend>
          <ParamControl name="usContentShare" />
          <ParamControl name="autoOffset" />
          <ParamControl name="usmcaTerminated" />
        </fieldset>
      </details>
    </form>
  );
});
