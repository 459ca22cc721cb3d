// The three dictionaries: the same keys, the same placeholders, no empty text, and no key the app never uses.
import { GLOSSARY, termKey, textKey } from '../../src/i18n/glossary';
import { ENGLISH_FORMULA_WORDS } from '../../src/model/formulas';
import { BORDER_COLUMNS } from '../../src/features/results/AcrossBorder';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { es } from '../../src/i18n/es';
import { fr } from '../../src/i18n/fr';
import { PROGRAM_ROWS } from '../../src/model/programs';
import { PRESET_IDS } from '../../src/model/presets';
import { COUNTRIES, PROGRAMS } from '../../src/model/types';
import { PARAMS } from '../../src/state/parameters';
import { realDataset } from '../fixtures/builders';
import { CONFIDENCE_GRADES } from '../../src/i18n/confidence';

/** Sector ids of the data: each dictionary names every sector by its id. */
const SECTORS = realDataset().countries.CA.sectors;

const SRC = join(import.meta.dirname, '..', '..', 'src');
const keys = Object.keys(en) as (keyof typeof en)[];
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return f === 'i18n' ? [] : sourceFiles(p);
    return /\.(ts|tsx)$/.test(f) ? [p] : [];
  });
}

/** Keys the code builds from its own lists (`param.${key}.label` and the like). */
function builtKeys(): string[] {
  const choice = PARAMS.flatMap((p) => (p.kind === 'choice' ? p.options.map((o) => `option.${p.key}.${o.value}`) : []));
  return [
    ...PARAMS.flatMap((p) => [`param.${p.key}.label`, `param.${p.key}.help`]),
    ...choice,
    ...PRESET_IDS.flatMap((id) => [
      `preset.${id}.label`,
      `preset.${id}.description`,
      `lesson.note.${id}`,
      `lesson.question.${id}`,
    ]),
    ...Object.keys(ENGLISH_FORMULA_WORDS).map((k) => `formula.${k}`),
    ...PROGRAMS.map((p) => `program.${p}`),
    ...PROGRAMS.map((p) => `method.programs.usmca.${PROGRAM_ROWS[p].usmca}`),
    ...COUNTRIES.map((c) => `country.${c}`),
    ...GLOSSARY.flatMap((id) => [termKey(id), textKey(id)]),
    ...BORDER_COLUMNS.map((c) => `border.col.${c}`),
    ...['auto', 'light', 'dark'].map((v) => `app.theme.${v}`),
    ...['share', 'saved', 'compare'].map((v) => `tools.${v}`),
    ...SECTORS.map((sec) => `sector.${sec.id}`),
    ...CONFIDENCE_GRADES.map((g) => `confidence.${g}`),
    ...realDataset().context.flatMap((f) => [
      `context.fact.${f.id}.label`,
      `context.fact.${f.id}.text`,
      `context.fact.${f.id}.source`,
    ]),
    ...['label', 'importsUsd', 'dutyUsd', 'etr', 'exportChangeUsd'].map((v) => `sectors.col.${v}`),
    ...[
      'notNumber',
      'outOfRange',
      'notOnOff',
      'notOneOf',
      'repeated',
      'noPreset',
      'tooLong',
      'unreadable',
      'badVersion',
      'newerVersion',
      'notZeroOne',
      'badData',
      'badProduct',
      'badLang',
      'notPresent',
      'tooManySteps',
      'noStep',
    ].map((c) => `link.reason.${c}`),
    ...['saved', 'file', 'migrated'].map((w) => `saved.reason.entry.${w}`),
    ...['load', 'compare', 'rename', 'delete'].flatMap((a) => [`saved.${a}`, `saved.${a}Label`]),
    ...[1, 2, 3, 4, 5, 6].flatMap((n) => [`method.rule${n}.title`, `method.rule${n}.words`]),
  ];
}

describe('dictionaries', () => {
  it('French and Spanish have exactly the English keys', () => {
    expect(Object.keys(fr).sort()).toEqual([...keys].sort());
    expect(Object.keys(es).sort()).toEqual([...keys].sort());
  });

  it('every text is filled in and keeps the placeholders of the English', () => {
    for (const k of keys) {
      for (const [name, dict] of [
        ['fr', fr],
        ['es', es],
      ] as const) {
        expect(dict[k].trim(), `${name} ${k}`).not.toBe('');
        expect(placeholders(dict[k]), `${name} ${k}`).toEqual(placeholders(en[k]));
      }
    }
  });

  it('French and Spanish are translated, not copies of the English', () => {
    const same = (dict: Record<string, string>) =>
      keys.filter((k) => dict[k] === en[k] && /[a-z]{4,} [a-z]{4,}/i.test(en[k]));
    expect(same(fr)).toEqual([]);
    expect(same(es)).toEqual([]);
  });

  it('every key the code builds exists', () => {
    const missing = builtKeys().filter((k) => !(k in en));
    expect(missing).toEqual([]);
  });

  it('the English formula words are the model’s own, so English formulas read as the model writes them', () => {
    for (const [k, v] of Object.entries(ENGLISH_FORMULA_WORDS)) expect(en[`formula.${k}` as keyof typeof en]).toBe(v);
  });

  it('no key is unused', () => {
    const code = sourceFiles(SRC)
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const literal = new Set([...code.matchAll(/['"`]([a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9-]+)+)['"`]/g)].map((m) => m[1]));
    const built = new Set(builtKeys());
    const unused = keys.filter((k) => !literal.has(k) && !built.has(k));
    expect(unused).toEqual([]);
  });

  it('names every sector, and the English names are the data’s own', () => {
    const ids = new Set([...SECTORS, ...realDataset().countries.MX.sectors].map((sec) => sec.id));
    for (const c of ['CA', 'MX'] as const)
      for (const sec of realDataset().countries[c].sectors)
        expect([sec.id, en[`sector.${sec.id}` as keyof typeof en]]).toEqual([sec.id, sec.label]);
    for (const dict of [fr, es]) expect([...ids].filter((id) => !(`sector.${id}` in dict))).toEqual([]);
  });

  it('has the context facts by id, the English ones the data’s own', () => {
    for (const f of realDataset().context) {
      expect([f.id, en[`context.fact.${f.id}.label` as keyof typeof en]]).toEqual([f.id, f.label]);
      expect([f.id, en[`context.fact.${f.id}.text` as keyof typeof en]]).toEqual([f.id, f.text]);
      expect([f.id, en[`context.fact.${f.id}.source` as keyof typeof en]]).toEqual([f.id, f.source]);
    }
  });
});
