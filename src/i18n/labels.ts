// Objects whose values are looked up in the active language each time they are read.
import type { PresetId } from '../model/presets';
import { COUNTRIES, type Dataset } from '../model/types';
import { t, type MessageKey } from './index';

export function translated<K extends string>(keys: readonly K[], keyOf: (k: K) => string): Readonly<Record<K, string>> {
  const out = {} as Record<K, string>;
  for (const k of keys) Object.defineProperty(out, k, { enumerable: true, get: () => t(keyOf(k) as MessageKey) });
  return out;
}

export function presetLabel(id: PresetId): string {
  return t(`preset.${id}.label` as MessageKey);
}

export function presetDescription(id: PresetId): string {
  return t(`preset.${id}.description` as MessageKey);
}

/** The words of `key` in the active language, or `english` where the dictionary has none. */
function named(key: string, english: string): string {
  const text = t(key as MessageKey);
  return text === key ? english : text;
}

/**
 * The dataset with its words in the active language: the data files keep English, and each dictionary has the
 * sector names (`sector.<id>`) and the context facts (`context.fact.<id>.label`, `.text`, `.source`) by id. What a dictionary
 * does not name stays in English. Sources stay as cited. (The data query's `select` keeps one copy per language.)
 */
export function localizeDataset(d: Dataset, lang: string): Dataset {
  // The English dictionary's names are the data's own (a test holds them equal).
  if (lang === 'en') return d;
  const countries = { ...d.countries };
  for (const c of COUNTRIES) {
    const sectors = d.countries[c].sectors.map((s) => ({ ...s, label: named(`sector.${s.id}`, s.label) }));
    countries[c] = { ...d.countries[c], sectors };
  }
  const context = d.context.map((f) => ({
    ...f,
    label: named(`context.fact.${f.id}.label`, f.label),
    text: named(`context.fact.${f.id}.text`, f.text),
    source: named(`context.fact.${f.id}.source`, f.source),
  }));
  return { ...d, countries, context };
}
