// The one place numbers become text: Intl formatters for rates, money and shares, in the active locale.
import { localeTag } from '../i18n';

const cache = new Map<string, Intl.NumberFormat>();
/**
 * One formatter per locale and kind (`id` names the options, which are built only the first time): every number on
 * screen passes here on each slider step, so the lookup is a string key, not the options' JSON.
 */
function nf(locale: string, id: string, options: () => Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${id}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, options());
    cache.set(key, f);
  }
  return f;
}

const dateCache = new Map<string, Intl.DateTimeFormat>();
/** Intl.DateTimeFormat is costly to build (about 0.1 ms): one per locale and options, as for numbers. */
function df(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = locale + JSON.stringify(options);
  let f = dateCache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    dateCache.set(key, f);
  }
  return f;
}

/** A fraction as a percentage: 0.0693 -> "6.93%". */
export function formatRate(rate: number, digits = 2, locale = localeTag()): string {
  return nf(locale, `rate${digits}`, () => ({
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  })).format(rate);
}

/** A signed fraction as a percentage: -0.0537 -> "−5.37%", 0.01 -> "+1.00%". */
export function formatSignedRate(rate: number, digits = 2, locale = localeTag()): string {
  return nf(locale, `signedRate${digits}`, () => ({
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    signDisplay: 'exceptZero',
  })).format(rate);
}

/** US dollars, compact: 27.2e9 -> "$27.2B". */
export function formatUsd(usd: number, locale = localeTag()): string {
  const min = Math.abs(usd) >= 1e3 ? 1 : 0;
  return nf(locale, `usd${min}`, () => ({
    style: 'currency',
    currency: 'USD',
    notation: 'compact',
    minimumFractionDigits: min,
    maximumFractionDigits: 1,
  })).format(usd);
}

/** US dollars with sign, compact: -21.1e9 -> "−$21.1B". */
export function formatSignedUsd(usd: number, locale = localeTag()): string {
  return nf(locale, 'signedUsd', () => ({
    style: 'currency',
    currency: 'USD',
    notation: 'compact',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  })).format(usd);
}

/** A percentage value typed by a person (35 -> "35%"). */
export function formatPct(pct: number, digits = 0, locale = localeTag()): string {
  return nf(locale, `plain${digits}`, () => ({ maximumFractionDigits: digits })).format(pct) + '%';
}

/** A date (YYYY-MM-DD) in the active locale: "Nov 1, 2025", "1 nov. 2025". */
export function formatDate(
  iso: string,
  locale = localeTag(),
  options: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' },
): string {
  const d = new Date(iso);
  // Intl throws on an invalid date: show the text as it came rather than take the screen down.
  if (Number.isNaN(d.getTime())) return iso;
  return df(locale, options).format(d);
}

/** A month in the active locale: "2025-03" -> "Mar 2025". */
export function formatMonth(month: string, locale = localeTag()): string {
  return formatDate(`${month}-01`, locale, { year: 'numeric', month: 'short', timeZone: 'UTC' });
}

/** A date and time in the active locale (the text as it came, if it is not a date). */
export function formatDateTime(iso: string, locale = localeTag()): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return df(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

/** A plain number in the active locale (1.5 -> "1,5" in French). */
export function formatNumber(x: number, digits = 2, locale = localeTag()): string {
  return nf(locale, `plain${digits}`, () => ({ maximumFractionDigits: digits })).format(x);
}
