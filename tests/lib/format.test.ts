// One formatter for every number: each locale writes percentages and scales one way, and no amount can break
// across lines.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOCALE_TAGS } from '../../src/i18n';
import {
  formatNumber,
  formatPct,
  formatRate,
  formatSignedRate,
  formatSignedUsd,
  formatUsd,
} from '../../src/lib/format';

const TAGS = Object.values(LOCALE_TAGS);
const amount = fc.double({ min: -5e12, max: 5e12, noNaN: true });
const NBSP = '\u00a0';

describe('formatting', () => {
  it('no formatted number holds an ordinary space, in any locale', () => {
    fc.assert(
      fc.property(amount, fc.constantFrom(...TAGS), (x, tag) => {
        for (const text of [
          formatUsd(x, tag),
          formatSignedUsd(x, tag),
          formatRate(x / 1e12, 2, tag),
          formatSignedRate(x / 1e12, 1, tag),
          formatPct(x / 1e10, 2, tag),
          formatNumber(x, 2, tag),
        ])
          expect(text).not.toMatch(/ /);
      }),
    );
  });

  it('Mexican Spanish writes every amount from a thousand million up to a million million in "mil M"', () => {
    // CLDR alone gives "USD 5291.9 M" for 5.2919e9 but "USD 27.2 mil M" for 27.2e9.
    expect(formatUsd(5.2919e9, 'es-MX')).toBe(`USD${NBSP}5.3${NBSP}mil${NBSP}M`); // 5.2919e9 / 1e9 = 5.3
    expect(formatUsd(27.2e9, 'es-MX')).toBe(`USD${NBSP}27.2${NBSP}mil${NBSP}M`);
    expect(formatSignedUsd(-3.1e9, 'es-MX')).toBe(`-USD${NBSP}3.1${NBSP}mil${NBSP}M`);
    expect(formatUsd(850e6, 'es-MX')).toBe(`USD${NBSP}850.0${NBSP}M`);
    fc.assert(
      fc.property(fc.double({ min: 1e9, max: 9.9e11, noNaN: true }), fc.boolean(), (x, negative) => {
        const v = negative ? -x : x;
        expect(formatUsd(v, 'es-MX')).toMatch(new RegExp(`\\d${NBSP}mil${NBSP}M$`));
        expect(formatSignedUsd(v, 'es-MX')).toMatch(new RegExp(`^[-+]USD${NBSP}\\d+(\\.\\d)?${NBSP}mil${NBSP}M$`));
      }),
    );
    // The other locales keep Intl's compact notation as it is.
    expect(formatUsd(5.2919e9, 'en-US')).toBe('$5.3B');
    expect(formatUsd(5.2919e9, 'fr-CA')).toMatch(/^5,3\sG\s\$\sUS$/);
  });

  it('a percentage is written the locale’s one way, whether it started as a fraction or a percent', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10000, max: 10000 }), fc.constantFrom(...TAGS), (n, tag) => {
        const pct = n / 100; // two decimals at most
        expect(formatPct(pct, 2, tag)).toBe(
          formatRate(pct / 100, 2, tag)
            .replace(/([.,]\d*?)0+(?=\D*$)/, '$1')
            .replace(/[.,](?=\D*$)/, ''),
        );
      }),
    );
    expect(formatPct(35, 0, 'en-US')).toBe('35%');
    expect(formatPct(35, 0, 'fr-CA')).toMatch(/^35[\u00a0\u202f]%$/);
    expect(formatPct(12.5, 2, 'fr-CA')).toMatch(/^12,5[\u00a0\u202f]%$/);
    expect(formatRate(0.35, 0, 'fr-CA')).toBe(formatPct(35, 0, 'fr-CA'));
  });
});
