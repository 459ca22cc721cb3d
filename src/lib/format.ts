// The one place numbers become text: Intl formatters for rates, money and shares, in the active locale. Each
// locale writes a percentage one way (Intl's: "35%", "35 %") and a scale one way, and an amount never breaks
// across lines (its spaces are no-break spaces).
import { nextTask } from './idle';
import { localeTag } from '../i18n';

/** An amount on one line: the ordinary spaces some locales put inside ("5,3 G $ US", "mil M") become no-break. */
const oneLine = (text: string) => (text.includes(' ') ? text.replace(/ /g, '\u00a0') : text);

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

function percent(rate: number, digits: number, locale: string, signed: boolean): string {
  return oneLine(
    nf(locale, `rate${signed}${digits}`, () => ({
      style: 'percent',
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      signDisplay: signed ? 'exceptZero' : 'auto',
    })).format(rate),
  );
}

/** A fraction as a percentage: 0.0693 -> "6.93%". */
export const formatRate = (rate: number, digits = 2, locale = localeTag()) => percent(rate, digits, locale, false);

/** A signed fraction as a percentage: -0.0537 -> "−5.37%", 0.01 -> "+1.00%". */
export const formatSignedRate = (rate: number, digits = 2, locale = localeTag()) => percent(rate, digits, locale, true);

/**
 * US dollars, compact. CLDR's compact notation for Mexican Spanish writes 27.2e9 as "27.2 mil M" but 5.3e9 as
 * "5291.9 M" (its pattern for thousands of millions starts at ten thousand million): amounts from a thousand million
 * to a million million are written one way, "USD 5.3 mil M", as the standard format of the amount in thousands of
 * millions followed by the locale's own word for that scale (read from Intl, not typed here).
 */
function money(usd: number, locale: string, signed: boolean, min: number): string {
  const options = (notation: 'compact' | 'standard') => (): Intl.NumberFormatOptions => ({
    style: 'currency',
    currency: 'USD',
    notation,
    minimumFractionDigits: min,
    maximumFractionDigits: 1,
    signDisplay: signed ? 'exceptZero' : 'auto',
  });
  const size = Math.abs(usd);
  const word =
    locale.startsWith('es') && size >= 1e9 && size < 1e12
      ? nf(locale, 'compact', () => ({ notation: 'compact' }))
          .formatToParts(1e10)
          .find((p) => p.type === 'compact')?.value
      : undefined;
  if (!word) return oneLine(nf(locale, `usd${signed}${min}`, options('compact')).format(usd));
  const parts = nf(locale, `usdStd${signed}${min}`, options('standard')).formatToParts(usd / 1e9);
  const last = parts.findLastIndex((p) => p.type === 'integer' || p.type === 'fraction');
  return oneLine(parts.map((p, i) => (i === last ? `${p.value} ${word}` : p.value)).join(''));
}

/** US dollars, compact: 27.2e9 -> "$27.2B". */
export const formatUsd = (usd: number, locale = localeTag()) => money(usd, locale, false, Math.abs(usd) >= 1e3 ? 1 : 0);

/** US dollars with sign, compact: -21.1e9 -> "−$21.1B". */
export const formatSignedUsd = (usd: number, locale = localeTag()) => money(usd, locale, true, 1);

/**
 * A value already in percent, up to `digits` decimals, as the locale writes a percentage (35 -> "35%", "35 %"):
 * for axis ticks and values typed by a person.
 */
export function formatPct(pct: number, digits = 0, locale = localeTag()): string {
  return oneLine(
    nf(locale, `pct${digits}`, () => ({ style: 'percent', maximumFractionDigits: digits })).format(pct / 100),
  );
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
  return oneLine(nf(locale, `plain${digits}`, () => ({ maximumFractionDigits: digits })).format(x));
}

/** A value with its unit as a setting shows it: "%" as the locale writes a percentage, any other unit after it. */
export function formatWithUnit(x: number, unit: string, digits = 2, locale = localeTag()): string {
  return unit === '%' ? formatPct(x, digits, locale) : `${formatNumber(x, digits, locale)}${unit}`;
}

/**
 * The formatters the first screen uses, made ahead, one per task: building the first Intl formatter of a locale loads
 * its data (some 60 ms of a throttled phone's main thread), and done inside the first render it makes one long task.
 * Called while the data downloads, when the main thread has nothing else to do.
 */
export async function warmFormatters(): Promise<void> {
  const samples = [
    () => formatRate(0.1),
    () => formatRate(0.1, 1),
    () => formatSignedRate(-0.01),
    () => formatUsd(5.3e9),
    () => formatUsd(530),
    () => formatSignedUsd(-5.3e9),
    () => formatNumber(1.5, 2),
    () => formatPct(35, 2),
    () => formatDate('2026-01-01'),
  ];
  for (const sample of samples) {
    sample();
    await nextTask();
  }
}
