// Where simulate.ts finds the product engine. The engine (products.ts) arrives with the product table it runs on,
// in the same lazy download, and registers itself here when it loads: the first screen's JavaScript carries neither
// (a product table can only be attached by products.ts's withProducts, so it is always here when one is).
import type { ProductLines } from './products';
import type { CountryData, CountryResult, Scenario } from './types';

export interface ProductEngine {
  country: (data: CountryData, lines: ProductLines, s: Scenario) => CountryResult;
  totals: (data: CountryData, lines: ProductLines, s: Scenario) => { etr: number; exportChangePct: number };
  /** Prepares what a first run of `s` needs, a slice per task (`pause`), so that the run itself is short. */
  warm: (
    data: CountryData,
    lines: ProductLines,
    s: Scenario,
    pause: () => Promise<void>,
    slice?: number,
  ) => Promise<void>;
}

let engine: ProductEngine | null = null;

export function provideProductEngine(e: ProductEngine): void {
  engine = e;
}

/** The registered engine, or null before products.ts has loaded. */
export function productEngine(): ProductEngine | null {
  return engine;
}
