// The one table of scenario controls: label, unit, range, step, URL name and help; sliders, URL codec and CSV read it.
import { DEFAULT_SCENARIO } from '../model/presets';
import { formatNumber, formatPct } from '../lib/format';
import { t, type MessageKey } from '../i18n';
import { AUTHORITY_TERM, type GlossaryId } from '../i18n/glossary';
import { translated } from '../i18n/labels';
import { snapToStep } from '../lib/number';
import { PROGRAM_ROWS, RATE_PROGRAMS, type RateProgramId } from '../model/programs';
import { METALS_BASES, PERIODS, type Period, type Scenario } from '../model/types';

export type ParamGroup = 'countryWide' | 'programs' | 'usmca' | 's232' | 'assumptions';

interface Common<K extends keyof Scenario> {
  key: K;
  /** Short, readable query parameter name. */
  url: string;
  label: string;
  help: string;
  group: ParamGroup;
  /** Shown on the advanced panel only. */
  advanced?: boolean;
  /** The glossary entry its label opens (the ? beside it). */
  term?: GlossaryId;
}

/** A number shown to people in display units: percentages for rates and shares (value x 100). */
export interface NumberParam extends Common<NumericKey> {
  kind: 'number';
  /** Display unit: '%' means the scenario holds a fraction and people see value x 100. */
  unit: '%' | '×' | 'ε';
  min: number;
  max: number;
  step: number;
  /** When the measure took effect (Section 232 programs). */
  inForce?: string;
}

export interface BooleanParam extends Common<BooleanKey> {
  kind: 'boolean';
}

export interface ChoiceParam<K extends ChoiceKey = ChoiceKey> extends Common<K> {
  kind: 'choice';
  options: readonly { value: Scenario[K]; label: string }[];
}

export type NumericKey = {
  [K in keyof Scenario]: Scenario[K] extends number ? K : never;
}[keyof Scenario];
export type BooleanKey = 'usmcaExemption' | 'usmcaTerminated';
export type ChoiceKey = 'utilization' | 'period' | 'elasticityMode' | 'metalsBasis' | 's338Mode';
export type Param = NumberParam | BooleanParam | ChoiceParam;

type Row<P extends Param> = Omit<P, 'label' | 'help'>;

/** Adds the row's label and help, read in the active language whenever they are used. */
function text<P extends Param>(row: Row<P>): P {
  return Object.defineProperties(row, {
    label: { enumerable: true, get: () => t(`param.${row.key}.label` as MessageKey) },
    help: { enumerable: true, get: () => t(`param.${row.key}.help` as MessageKey) },
  }) as P;
}

function option<K extends ChoiceKey>(key: K, value: Scenario[K]): { value: Scenario[K]; label: string } {
  return Object.defineProperty({ value } as { value: Scenario[K]; label: string }, 'label', {
    enumerable: true,
    get: () => t(`option.${key}.${value}` as MessageKey),
  });
}

const rate = (key: NumericKey, url: string, group: ParamGroup, extra: Partial<Row<NumberParam>> = {}): NumberParam =>
  text<NumberParam>({ key, url, group, kind: 'number', unit: '%', min: 0, max: 100, step: 1, ...extra });

/**
 * A program's rate, from its row of the program table: its link name and date in force; Section 232 programs
 * under Advanced, the others (Section 122, 301, 338) shown with the country-wide tariffs.
 */
function programRate(id: RateProgramId): NumberParam {
  const row = PROGRAM_ROWS[id];
  const s232 = row.kind === 's232';
  // Section 232's entry opens from its group's title; each other program's from its own label.
  return rate(id, row.url ?? id, s232 ? 's232' : 'programs', {
    inForce: row.inForce.from,
    advanced: s232,
    ...(s232 ? {} : { term: AUTHORITY_TERM[row.authority] }),
  });
}

/** Period names in the active language. */
export const PERIOD_LABELS = translated(PERIODS, (p) => `option.period.${p}`) as Readonly<Record<Period, string>>;

export const PARAMS: readonly Param[] = [
  rate('caGeneral', 'ca', 'countryWide'),
  rate('caEnergy', 'ca_energy', 'countryWide'),
  rate('mxGeneral', 'mx', 'countryWide'),
  rate('mxPotash', 'mx_potash', 'countryWide'),
  text<BooleanParam>({ key: 'usmcaExemption', url: 'usmca', kind: 'boolean', group: 'usmca' }),
  text<ChoiceParam>({
    key: 'utilization',
    url: 'util',
    kind: 'choice',
    group: 'usmca',
    term: 'utilization',
    options: [option('utilization', 'observed'), option('utilization', 'uniform')],
  }),
  text<ChoiceParam>({
    key: 'period',
    url: 'period',
    kind: 'choice',
    group: 'usmca',
    options: PERIODS.map((p) => option('period', p)),
  }),
  rate('uniformCa', 'util_ca', 'usmca'),
  rate('uniformMx', 'util_mx', 'usmca'),
  text<BooleanParam>({ key: 'usmcaTerminated', url: 'terminated', kind: 'boolean', group: 'usmca', advanced: true }),
  text<ChoiceParam>({
    key: 'metalsBasis',
    url: 'metals',
    kind: 'choice',
    group: 's232',
    advanced: true,
    options: METALS_BASES.map((b) => option('metalsBasis', b)),
  }),
  ...RATE_PROGRAMS.map(programRate),
  text<ChoiceParam>({
    key: 's338Mode',
    url: 's338_mode',
    kind: 'choice',
    group: 'programs',
    options: [option('s338Mode', 'duty'), option('s338Mode', 'ban')],
  }),
  rate('usContentShare', 'us_content', 'assumptions', { advanced: true }),
  rate('autoOffset', 'offset', 'assumptions', { advanced: true, max: 3.75, step: 0.01 }),
  text<ChoiceParam>({
    key: 'elasticityMode',
    url: 'response',
    kind: 'choice',
    group: 'assumptions',
    options: [option('elasticityMode', 'uniform'), option('elasticityMode', 'sector')],
  }),
  text<NumberParam>({
    key: 'elasticity',
    url: 'elasticity',
    kind: 'number',
    unit: 'ε',
    min: 0,
    max: 5,
    step: 0.1,
    group: 'assumptions',
  }),
  text<NumberParam>({
    key: 'elasticityMultiplier',
    url: 'elasticity_x',
    kind: 'number',
    unit: '×',
    min: 0,
    max: 3,
    step: 0.1,
    group: 'assumptions',
  }),
];

export const PARAM_BY_KEY = Object.fromEntries(PARAMS.map((p) => [p.key, p])) as Record<keyof Scenario, Param>;

export function numberParam(key: NumericKey): NumberParam {
  return PARAM_BY_KEY[key] as NumberParam;
}

/** Scenario value -> what people see (35 for 0.35). */
export function toDisplay(p: NumberParam, value: number): number {
  return p.unit === '%' ? round(value * 100, 6) : value;
}

/** What people typed -> scenario value (0.35 for 35). */
export function fromDisplay(p: NumberParam, display: number): number {
  return p.unit === '%' ? round(display / 100, 8) : display;
}

/** Clamp to the range and snap to the step (display units). */
export function clampToStep(p: NumberParam, display: number): number {
  return snapToStep(display, p.min, p.max, p.step);
}

/** A setting's value as people read it: "35%", "1.5", "On", an option's label. */
export function displayValue(p: Param, v: Scenario[keyof Scenario]): string {
  if (p.kind === 'number')
    return p.unit === '%' ? formatPct(toDisplay(p, v as number), 4) : formatNumber(toDisplay(p, v as number), 4);
  if (p.kind === 'boolean') return v ? t('field.on') : t('field.off');
  return p.options.find((o) => o.value === v)?.label ?? String(v);
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

export { DEFAULT_SCENARIO };
