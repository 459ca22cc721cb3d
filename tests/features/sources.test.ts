// The Sources page's lists: every input file is listed, every instrument once, each with an address.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATA_FILES, instruments, searchUrl } from '../../src/features/sources/sourceList';
import { PROGRAM_DOCS } from '../../src/model/programDocs';
import { realDataset } from '../fixtures/builders';

describe('DATA_FILES', () => {
  it('lists every file of data/raw and SOURCES.md, nothing else', () => {
    const raw = readdirSync('data/raw').map((f) => `raw/${f}`);
    expect(DATA_FILES.map((f) => f.path).sort()).toEqual(['SOURCES.md', ...raw].sort());
  });
});

describe('instruments', () => {
  const list = instruments(realDataset().policyMeasures);
  it('holds instruments only (no data set, announcement or post)', () => {
    const labels = list.map((i) => i.label);
    expect(labels.some((l) => /^Truth Social|^announcement only|^USMCA shares/.test(l))).toBe(false);
    expect(labels).toContain('Proclamation 10947 (Jun 3 2025; 90 FR 24199)');
  });
  it('holds each instrument once, with an https address', () => {
    expect(new Set(list.map((i) => i.label)).size).toBe(list.length);
    expect(list.every((i) => i.url.startsWith('https://'))).toBe(true);
  });
  it('keeps an instrument’s own address, and searches for one that has none', () => {
    const withUrl = Object.values(PROGRAM_DOCS)
      .flatMap((d) => d.sources)
      .find((s) => s.url)!;
    expect(list.find((i) => i.label === withUrl.label)).toMatchObject({ url: withUrl.url, search: false });
    const eo = list.find((i) => i.label.startsWith('EO 14193 (Canada)'))!;
    expect(eo.search).toBe(true);
    expect(eo.url).toBe('https://www.federalregister.gov/documents/search?conditions%5Bterm%5D=EO%2014193');
  });
  it('searches for a ruling at the Supreme Court', () => {
    expect(searchUrl('Learning Resources, Inc. v. Trump (2026): IEEPA tariffs held unlawful')).toBe(
      'https://www.supremecourt.gov/search.aspx?Search=Learning%20Resources%2C%20Inc.%20v.%20Trump',
    );
  });
});
