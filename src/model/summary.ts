// Dataset summaries the screens show beside the controls (observed USMCA use per period).
import { COUNTRIES, type Country, type Dataset, type Period } from './types';

/** Value-weighted share of a country's 2024 basket that claimed USMCA in a period. */
export function observedUtilization(dataset: Dataset, period: Period): Record<Country, number> {
  const out = {} as Record<Country, number>;
  for (const c of COUNTRIES) {
    let value = 0;
    let claimed = 0;
    for (const s of dataset.countries[c].sectors) {
      value += s.imports2024Usd;
      claimed += s.imports2024Usd * s.usmca[period].all;
    }
    out[c] = value > 0 ? claimed / value : 0;
  }
  return out;
}
