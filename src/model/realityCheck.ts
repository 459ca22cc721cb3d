// The 2025 reality check: what the model predicts for 2025 imports (2024 base, the 2025 policy path month by
// month, short-run elasticity) beside what actually happened.
import { presets, type PresetId } from './presets';
import { simulate } from './simulate';
import { COUNTRIES, type Country, type Dataset } from './types';

/**
 * The preset in force for most of each month of 2025 (dates in presets.ts). Approximations: the 1 Feb tariffs
 * were paused until 4 Mar, so February is MFN only; March uses the 12 Mar state (USMCA goods exempt from 7 Mar);
 * April uses the autos-and-parts state (parts from 3 May); October keeps August's set (lumber and furniture came
 * on 14 Oct); November and December use the full November set.
 */
export const POLICY_PATH_2025: readonly { month: string; presetId: PresetId }[] = [
  { month: '2025-01', presetId: 'pre-2025' },
  { month: '2025-02', presetId: 'pre-2025' },
  { month: '2025-03', presetId: 'mar-2025-steel-25' },
  { month: '2025-04', presetId: 'apr-2025-autos' },
  { month: '2025-05', presetId: 'apr-2025-autos' },
  { month: '2025-06', presetId: 'jun-2025-steel-50' },
  { month: '2025-07', presetId: 'jun-2025-steel-50' },
  { month: '2025-08', presetId: 'aug-2025-canada-35' },
  { month: '2025-09', presetId: 'aug-2025-canada-35' },
  { month: '2025-10', presetId: 'aug-2025-canada-35' },
  { month: '2025-11', presetId: 'nov-2025' },
  { month: '2025-12', presetId: 'nov-2025' },
];

export interface RealityRow {
  id: string;
  label: string;
  imports2024Usd: number;
  predicted2025Usd: number;
  actual2025Usd: number;
  /** Changes against 2024, fractions. */
  predictedChange: number;
  actualChange: number;
}

export interface RealityCheck {
  rows: Record<Country, RealityRow[]>;
  totals: Record<Country, Omit<RealityRow, 'id' | 'label'>>;
}

/** Predicted 2025 imports = the average over the months of 2025 of the model's post-response imports. */
export function realityCheck(dataset: Dataset, path = POLICY_PATH_2025): RealityCheck {
  const sums: Record<Country, Map<string, number>> = { CA: new Map(), MX: new Map() };
  // The 2024 value the model ran on (each sector the sum of its product lines).
  const base2024: Record<Country, Map<string, number>> = { CA: new Map(), MX: new Map() };
  for (const { presetId } of path) {
    // Short run: the presets' uniform elasticity of 1, one year.
    const r = simulate(dataset, presets[presetId].scenario);
    for (const c of COUNTRIES)
      for (const s of r.countries[c].bySector) {
        base2024[c].set(s.id, s.importsUsd);
        sums[c].set(s.id, (sums[c].get(s.id) ?? 0) + (s.importsUsd + s.exportChangeUsd) / path.length);
      }
  }
  const rows = {} as RealityCheck['rows'];
  const totals = {} as RealityCheck['totals'];
  for (const c of COUNTRIES) {
    rows[c] = dataset.countries[c].sectors.map((s) => {
      const v2024 = base2024[c].get(s.id) ?? s.imports2024Usd;
      const predicted = sums[c].get(s.id) ?? v2024;
      return {
        id: s.id,
        label: s.label,
        imports2024Usd: v2024,
        predicted2025Usd: predicted,
        actual2025Usd: s.imports2025Usd,
        predictedChange: v2024 > 0 ? predicted / v2024 - 1 : 0,
        actualChange: v2024 > 0 ? s.imports2025Usd / v2024 - 1 : 0,
      };
    });
    const base = rows[c].reduce((a, r) => a + r.imports2024Usd, 0);
    const predicted = rows[c].reduce((a, r) => a + r.predicted2025Usd, 0);
    const actual = rows[c].reduce((a, r) => a + r.actual2025Usd, 0);
    totals[c] = {
      imports2024Usd: base,
      predicted2025Usd: predicted,
      actual2025Usd: actual,
      predictedChange: predicted / base - 1,
      actualChange: actual / base - 1,
    };
  }
  return { rows, totals };
}
