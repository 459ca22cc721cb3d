// One scenario control, drawn from its row of the parameter table and wired to the store.
import type { ReactNode } from 'react';
import { ChoiceField } from '../../components/ChoiceField';
import { RangeField } from '../../components/RangeField';
import { Toggle } from '../../components/Toggle';
import { t } from '../../i18n';
import { presets } from '../../model/presets';
import type { Scenario } from '../../model/types';
import { PARAM_BY_KEY, fromDisplay, toDisplay, type ChoiceKey, type Param } from '../../state/parameters';
import { useAppStore } from '../../state/store';
import { Term } from '../glossary/Term';

const unitName = (unit: string) => (unit === '%' ? t('unit.percent') : unit === '×' ? t('unit.times') : '');

function useParam<K extends keyof Scenario>(key: K) {
  const value = useAppStore((s) => s.scenario[key]);
  const changed = useAppStore((s) => s.presetId !== null && presets[s.presetId].scenario[key] !== s.scenario[key]);
  const setParam = useAppStore((s) => s.setParam);
  return { value, changed, set: (v: Scenario[K]) => setParam(key, v) };
}

export function ParamControl({
  name,
  note,
  labels,
  prominent,
}: {
  name: keyof Scenario;
  note?: ReactNode;
  /** Replace option labels of a choice (e.g. to add observed shares). */
  labels?: Partial<Record<string, ReactNode>>;
  prominent?: boolean;
}) {
  const param = PARAM_BY_KEY[name] as Param;
  const { value, changed, set } = useParam(name);
  const term = param.term ? <Term id={param.term} /> : undefined;
  if (param.kind === 'number') {
    return (
      <RangeField
        label={param.label}
        help={param.help}
        unit={param.unit}
        unitName={unitName(param.unit)}
        min={param.min}
        max={param.max}
        step={param.step}
        value={toDisplay(param, value as number)}
        onChange={(v) => set(fromDisplay(param, v) as Scenario[typeof name])}
        changed={changed}
        note={note}
        labelExtra={term}
      />
    );
  }
  if (param.kind === 'boolean') {
    return (
      <Toggle
        label={param.label}
        help={param.help}
        checked={value as boolean}
        onChange={(v) => set(v as Scenario[typeof name])}
        changed={changed}
        prominent={prominent ?? false}
      />
    );
  }
  const choice = param as Extract<Param, { kind: 'choice'; key: ChoiceKey }>;
  return (
    <ChoiceField
      label={choice.label}
      help={choice.help}
      value={value as string}
      options={choice.options.map((o) => ({ value: o.value as string, label: labels?.[o.value] ?? o.label }))}
      onChange={(v) => set(v as Scenario[typeof name])}
      changed={changed}
      labelExtra={term}
    />
  );
}
