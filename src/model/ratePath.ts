// The effective tariff rate along the dated policy path, month by month: each policy state that happened (the
// presets that are not hypothetical) counts from the day it took effect, and a month is the average of its days.
// A new dated preset joins the path with no edit here.
import { PRESET_IDS, presets, type PresetId } from './presets';
import { simulate } from './simulate';
import { COUNTRIES, PROGRAMS, type Country, type Dataset, type Program } from './types';

/**
 * Where a state took effect on another day than the one its preset is dated: the tariffs announced on 1 Feb 2025
 * were paused for a month and applied from 4 Mar 2025 (data/raw/policy_measures.csv, "effective_date").
 */
export const IN_FORCE_FROM: Partial<Record<PresetId, string>> = { 'feb-2025-announced': '2025-03-04' };

export interface PathState {
  /** ISO date the state took effect. */
  from: string;
  presetId: PresetId;
}

/** The states that happened, in order of the day they took effect (a later one on the same day replaces it). */
export function policyPath(): PathState[] {
  const states = PRESET_IDS.filter((id) => !presets[id].hypothetical).map((id) => ({
    from: IN_FORCE_FROM[id] ?? presets[id].date,
    presetId: id,
  }));
  states.sort((a, b) => a.from.localeCompare(b.from));
  return states.filter((s, i) => states[i + 1]?.from !== s.from);
}

export interface PathMonth {
  /** YYYY-MM. */
  month: string;
  /** Each country's ETR by program (fractions of imports), averaged over the month's days. */
  byProgram: Record<Country, Record<Program, number>>;
  etr: Record<Country, number>;
  /** The states in force during the month, with their days. */
  states: { presetId: PresetId; days: number }[];
}

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The months from `from` to `to` (YYYY-MM, both included). */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  while (y < ty || (y === ty && m <= tm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

/** The state in force on an ISO day: the last one that took effect on or before it. */
export function stateOn(path: readonly PathState[], day: string): PresetId | null {
  let found: PresetId | null = null;
  for (const s of path) if (s.from <= day) found = s.presetId;
  return found;
}

/** The day-weighted monthly average of each country's effective rate by program, from `from` to `to`. */
export function monthlyPath(dataset: Dataset, from = '2025-01', to = '2026-12', path = policyPath()): PathMonth[] {
  const runs = new Map<PresetId, ReturnType<typeof simulate>>();
  const run = (id: PresetId) => {
    let r = runs.get(id);
    if (!r) {
      r = simulate(dataset, presets[id].scenario);
      runs.set(id, r);
    }
    return r;
  };
  return monthsBetween(from, to).map((month) => {
    const [y, m] = month.split('-').map(Number) as [number, number];
    const n = daysIn(y, m);
    const days = new Map<PresetId, number>();
    for (let d = 1; d <= n; d++) {
      const id = stateOn(path, `${month}-${String(d).padStart(2, '0')}`);
      if (id) days.set(id, (days.get(id) ?? 0) + 1);
    }
    const byProgram = {} as PathMonth['byProgram'];
    const etr = {} as PathMonth['etr'];
    for (const c of COUNTRIES) {
      const sums = Object.fromEntries(PROGRAMS.map((p) => [p, 0])) as Record<Program, number>;
      let total = 0;
      for (const [id, k] of days) {
        const r = run(id).countries[c];
        for (const p of PROGRAMS) sums[p] += (r.byProgram[p] * k) / n;
        total += (r.etr * k) / n;
      }
      byProgram[c] = sums;
      etr[c] = total;
    }
    return { month, byProgram, etr, states: [...days].map(([presetId, k]) => ({ presetId, days: k })) };
  });
}
