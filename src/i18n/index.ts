// Interface text in English, French and Spanish (the three languages of USMCA), each dictionary its own chunk
// loaded before the first render. One active locale at a time:
// `t` reads it, and the app remounts its screens when it changes, so no component can keep stale text.
import type { MessageKey, Messages } from './en';

export const LOCALES = ['en', 'fr', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
export type { MessageKey, Messages };

/** Regional formats: Canadian French and Mexican Spanish fit a USMCA tool. */
export const LOCALE_TAGS: Record<Locale, string> = { en: 'en-US', fr: 'fr-CA', es: 'es-MX' };
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', fr: 'Français', es: 'Español' };

// Empty until a dictionary is loaded (main.tsx awaits one before the first render; tests load English).
let messages: Partial<Messages> = {};
let current: Locale = 'en';

export function isLocale(x: string | null | undefined): x is Locale {
  return (LOCALES as readonly string[]).includes(x ?? '');
}

/** The first of the browser's languages that the app speaks, else English. */
export function browserLocale(languages: readonly string[]): Locale {
  for (const l of languages) {
    const base = l.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return 'en';
}

export async function loadMessages(wanted: Locale): Promise<Messages> {
  if (wanted === 'fr') return (await import('./fr')).fr;
  if (wanted === 'es') return (await import('./es')).es;
  return (await import('./en')).en;
}

export function setLocale(next: Locale, dictionary: Messages): void {
  current = next;
  messages = dictionary;
  if (typeof document !== 'undefined') document.documentElement.lang = next;
}

export function locale(): Locale {
  return current;
}

export function localeTag(): string {
  return LOCALE_TAGS[current];
}

/** The text of a key, with {name} placeholders filled in. */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
  const text = messages[key] ?? key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/**
 * Words kept as a key and its values, turned into text only when shown: notices store these, so they follow a
 * language switch. A value may itself be words (a reason inside a sentence).
 */
export interface Words {
  key: MessageKey;
  params?: Record<string, string | number | Words>;
}

export function words(key: MessageKey, params?: Record<string, string | number | Words>): Words {
  return params ? { key, params } : { key };
}

/** Words in the active language. */
export function say(w: Words): string {
  if (!w.params) return t(w.key);
  const flat: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(w.params)) flat[name] = typeof value === 'object' ? say(value) : value;
  return t(w.key, flat);
}
