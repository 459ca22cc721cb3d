// Objects whose values are looked up in the active language each time they are read.
import type { PresetId } from '../model/presets';
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
