// The data's words in the reader's language: sector names and context facts (and their source notes) by id;
// figures untouched.
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../src/i18n';
import { en } from '../../src/i18n/en';
import { fr } from '../../src/i18n/fr';
import { localizeDataset } from '../../src/i18n/labels';
import { confidenceText } from '../../src/i18n/confidence';
import { simulate } from '../../src/model/simulate';
import { DEFAULT_SCENARIO } from '../../src/model/presets';
import { realDataset } from '../fixtures/builders';

const data = realDataset();
afterEach(() => setLocale('en', en));

describe('localizeDataset', () => {
  it('names sectors and facts in French, and changes no figure', () => {
    setLocale('fr', fr);
    const d = localizeDataset(data, 'fr');
    const steel = d.countries.CA.sectors.find((s) => s.id === 'iron_steel')!;
    expect(steel.label).toBe('Fer, acier et ouvrages');
    expect(d.context.find((f) => f.id === 'joint_review')?.label).toMatch(/^Réexamen conjoint/);
    // Source notes in French, naming the same article; numbers the same in either language.
    expect(d.context.find((f) => f.id === 'joint_review')?.source).toBe(
      'ACEUM, article 34.7 (Réexamen et prolongation de la durée)',
    );
    const a = simulate(data, DEFAULT_SCENARIO).countries.CA;
    const b = simulate(d, DEFAULT_SCENARIO).countries.CA;
    expect(b.etr).toBe(a.etr);
    expect(b.bySector.map((s) => s.dutyUsd)).toEqual(a.bySector.map((s) => s.dutyUsd));
    expect(b.bySector.find((s) => s.id === 'iron_steel')?.label).toBe('Fer, acier et ouvrages');
  });

  it('leaves the data as loaded', () => {
    setLocale('fr', fr);
    localizeDataset(data, 'fr');
    expect(data.countries.CA.sectors.find((s) => s.id === 'iron_steel')?.label).toBe('Iron & steel and articles');
  });
});

describe('confidenceText', () => {
  it('translates each grade, the longest first, and leaves the rest as written', () => {
    setLocale('fr', fr);
    expect(confidenceText('high (rate/date); low (stacking)')).toBe('élevée (rate/date); faible (stacking)');
    expect(confidenceText('medium-high')).toBe('moyenne à élevée');
    expect(confidenceText('n/a')).toBe('n/a');
  });
});
