// Product search: HTS code prefixes with and without dots, words of the description, nothing found, a page of text.
import { describe, expect, it } from 'vitest';
import { buildProductIndex, formatHts, MAX_QUERY, normaliseCode, searchProducts } from '../../src/model/productSearch';
import { realProductText } from '../fixtures/builders';

const index = buildProductIndex(realProductText());
const codesOf = (q: string, limit = 50) => searchProducts(index, q, limit).hits.map((i) => index.codes[i]!);

describe('codes', () => {
  it('reads prefixes of 2 to 10 digits, with dots or spaces, and nothing else', () => {
    expect(normaliseCode('1702.20')).toBe('170220');
    expect(normaliseCode(' 7208 ')).toBe('7208');
    expect(normaliseCode('8544.42.90.00')).toBe('8544429000');
    expect(normaliseCode('1')).toBeNull(); // one digit: too short to mean a chapter
    expect(normaliseCode('12345678901')).toBeNull(); // 11 digits
    expect(normaliseCode('72a8')).toBeNull();
    expect(formatHts('1702200000')).toBe('1702.20.00.00');
    expect(formatHts('170220')).toBe('1702.20');
  });

  it('7208 lists the hot-rolled flat steel lines, all of them and only them, in code order', () => {
    const r = searchProducts(index, '7208', 100);
    expect(r.kind).toBe('code');
    expect(r.total).toBe(index.codes.filter((c) => c.startsWith('7208')).length);
    expect(r.total).toBeGreaterThan(20);
    expect(codesOf('7208', 100).every((c) => c.startsWith('7208'))).toBe(true);
    expect(codesOf('7208', 100)).toEqual([...codesOf('7208', 100)].sort());
  });

  it('a prefix with dots finds the same lines as without', () => {
    expect(codesOf('1702.20')).toEqual(codesOf('170220'));
    expect(codesOf('1702.20').length).toBeGreaterThan(2);
  });
});

describe('words', () => {
  it('"maple" finds maple sugar and syrup (HTS 1702.20) first', () => {
    const top = codesOf('maple', 5);
    expect(top.some((c) => c.startsWith('170220'))).toBe(true);
    const syrup = codesOf('maple syrup');
    expect(syrup.length).toBeGreaterThan(0);
    for (const c of syrup) expect(index.desc[index.codes.indexOf(c)]!.toLowerCase()).toMatch(/maple/);
  });

  it('every word must appear, in any case and with or without accents', () => {
    const both = codesOf('steel pipe', 500);
    expect(both.length).toBeGreaterThan(0);
    for (const c of both) {
      const i = index.codes.indexOf(c);
      const text = `${index.desc[i]} ${index.heading[i]}`.toLowerCase();
      expect(text).toMatch(/steel/);
      expect(text).toMatch(/pipe/);
    }
    expect(codesOf('STEEL PIPE', 500)).toEqual(both);
  });

  it('nothing found, an empty box and 10,000 characters all answer with no hit and no error', () => {
    expect(searchProducts(index, 'zzzzqqq').total).toBe(0);
    expect(searchProducts(index, '   ').kind).toBe('empty');
    const long = searchProducts(index, 'steel '.repeat(2000).slice(0, 10_000));
    expect(long.total).toBeGreaterThan(0); // read as its first MAX_QUERY characters: "steel steel ..."
    expect(MAX_QUERY).toBeLessThan(10_000);
    expect(searchProducts(index, '9'.repeat(10_000)).total).toBe(0);
  });
});
