// Finding product lines: by HTS code prefix (2 to 10 digits, dots and spaces ignored) or by words of the
// description and heading. A plain scan over 13,900 prepared strings takes well under a millisecond per keystroke
// (tests/bench/products.bench.ts), so no search library is needed: one would add to the bundle and could not beat
// a binary search on sorted codes.
import { normaliseCode } from './hts';
import { decodeCodes, type ProductTextFile } from './products';

export { formatHts, normaliseCode } from './hts';

/** Lower case without accents, so that "cafe" finds "café" and the other way round. */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

export interface ProductIndex {
  version: string;
  /** Sorted 10-digit codes. */
  codes: string[];
  desc: string[];
  heading: string[];
  /** Folded description, then the heading, per code; and the folded description alone. */
  haystack: string[];
  folded: string[];
  /** Imports from both countries per code (USD): the order of word results. */
  weight: Float64Array;
}

export function buildProductIndex(text: ProductTextFile, weight?: Float64Array): ProductIndex {
  const codes = decodeCodes(text.codeSteps);
  const heading = text.heading.map((h) => text.headings[h] ?? '');
  return {
    version: text.version,
    codes,
    desc: text.desc,
    heading,
    haystack: text.desc.map((d, i) => `${fold(d)} | ${fold(heading[i] ?? '')}`),
    folded: text.desc.map(fold),
    weight: weight ?? new Float64Array(codes.length),
  };
}

export interface SearchResult {
  /** Indices into the index's codes, best first, at most `limit`. */
  hits: number[];
  /** How many codes match in all. */
  total: number;
  kind: 'code' | 'words' | 'empty';
}

/** The longest query read: a search box is no place for a page of text (10,000 characters answer at once). */
export const MAX_QUERY = 100;

/** First index whose code is >= key (codes sorted). */
function lowerBound(codes: readonly string[], key: string): number {
  let lo = 0;
  let hi = codes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((codes[mid] as string) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The codes under a prefix, in code order: [from, to) of the sorted list. */
export function codeRange(index: ProductIndex, prefix: string): [number, number] {
  const from = lowerBound(index.codes, prefix);
  // The next prefix: every code under `prefix` sorts before prefix + "~".
  const to = lowerBound(index.codes, `${prefix}~`);
  return [from, to];
}

export function searchProducts(index: ProductIndex, query: string, limit = 50): SearchResult {
  const q = query.slice(0, MAX_QUERY);
  const code = normaliseCode(q);
  if (code !== null) {
    const [from, to] = codeRange(index, code);
    const hits: number[] = [];
    for (let i = from; i < to && hits.length < limit; i++) hits.push(i);
    return { hits, total: to - from, kind: 'code' };
  }
  const terms = fold(q)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
  if (terms.length === 0) return { hits: [], total: 0, kind: 'empty' };
  const found: number[] = [];
  const hay = index.haystack;
  outer: for (let i = 0; i < hay.length; i++) {
    const h = hay[i] as string;
    for (const w of terms) if (!h.includes(w)) continue outer;
    found.push(i);
  }
  // Lines whose own description names every word first, then the heading's; larger trade first within each.
  const own = (i: number) => {
    const d = index.folded[i] ?? '';
    return terms.every((w) => d.includes(w)) ? 1 : 0;
  };
  const scored = found.map((i) => ({ i, own: own(i), w: index.weight[i] as number }));
  scored.sort((a, b) => b.own - a.own || b.w - a.w || a.i - b.i);
  return { hits: scored.slice(0, limit).map((x) => x.i), total: found.length, kind: 'words' };
}
