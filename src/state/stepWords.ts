// A lesson step in words, for the presentation and the teacher (loaded with them, not with the first screen): what
// changed from one step to the next, and a step's settings as default notes.
import type { Scenario } from '../model/types';
import type { LessonStep } from './lesson';
import { displayValue, PARAMS } from './parameters';
import { parseLink } from './urlCodec';

export interface SettingChange {
  label: string;
  from: string;
  to: string;
}

/** What changed from one step to the next, in the order of the parameter table. */
export function scenarioChanges(from: Scenario, to: Scenario): SettingChange[] {
  return PARAMS.filter((p) => from[p.key] !== to[p.key]).map((p) => ({
    label: p.label,
    from: displayValue(p, from[p.key]),
    to: displayValue(p, to[p.key]),
  }));
}

/** Default notes for a teacher's own step: its main settings in words. */
export function describeScenario(s: Scenario): string {
  const key = PARAMS.filter((p) =>
    ['caGeneral', 'mxGeneral', 'usmcaExemption', 'steel', 'autos', 'period'].includes(p.key),
  );
  return key.map((p) => `${p.label}: ${displayValue(p, s[p.key])}`).join('; ');
}

/** The step's notes: the teacher's, or else its main settings in words. */
export function stepNotes(step: Pick<LessonStep, 'notes' | 'search'>): string {
  return step.notes.trim() || describeScenario(parseLink(step.search).scenario);
}
