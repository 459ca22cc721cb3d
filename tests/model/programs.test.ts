// The program table: every row complete, so that a new program is a row and nothing is forgotten elsewhere.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PROGRAM_COLORS } from '../../src/charts/programs';
import { CSV_COLUMNS } from '../../src/features/export/csv';
import { en } from '../../src/i18n/en';
import { es } from '../../src/i18n/es';
import { fr } from '../../src/i18n/fr';
import { PROGRAM_DOCS, type ProgramDocs } from '../../src/model/programDocs';
import { PROGRAM_ROWS, PROGRAMS, RATE_PROGRAMS, type ProgramRow } from '../../src/model/programs';
import { PARAM_BY_KEY } from '../../src/state/parameters';

const RAW = join(import.meta.dirname, '..', '..', 'data', 'raw');
// The columns the product engine reads: the product table's header.
const columns = new Set(
  (
    gunzipSync(readFileSync(join(RAW, 'products_2024.csv.gz')))
      .toString('utf8')
      .split('\n')[0] ?? ''
  ).split(','),
);

describe('program table', () => {
  it.each(PROGRAMS)('%s has its translations, colour, CSV column, data columns and sources', (id) => {
    const row: ProgramRow & ProgramDocs = { ...PROGRAM_ROWS[id], ...PROGRAM_DOCS[id] };
    for (const dict of [en, fr, es]) expect(dict[`program.${id}` as keyof typeof en], `program.${id}`).toBeTruthy();
    expect(PROGRAM_COLORS[id]).toMatch(/^#[0-9a-f]{6}$/);
    expect(CSV_COLUMNS).toContain(`etr_${id}`);
    expect(row.dataColumns.length).toBeGreaterThan(0);
    for (const c of row.dataColumns) expect(columns.has(c), `${id}: column ${c} in the product table`).toBe(true);
    // The engine's own column for the program is one of them.
    expect([...row.dataColumns, undefined]).toContain(row.productColumn);
    expect(row.sources.length).toBeGreaterThan(0);
    expect(row.sources.filter((s) => s.url !== undefined && !s.url.startsWith('https://'))).toEqual([]);
    expect(row.inForce.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(row.inForce.to === null || row.inForce.to > row.inForce.from).toBe(true);
  });

  it.each(RATE_PROGRAMS)('%s has one rate setting: a control, its own link name, a label in every language', (id) => {
    const row = PROGRAM_ROWS[id];
    const param = PARAM_BY_KEY[id];
    expect(row.url).toMatch(/^[a-z][a-z0-9_]*$/);
    expect(param.url).toBe(row.url);
    for (const dict of [en, fr, es]) {
      expect(dict[`param.${id}.label` as keyof typeof en]).toBeTruthy();
      expect(dict[`param.${id}.help` as keyof typeof en]).toBeTruthy();
    }
  });

  it('link names are unique across programs', () => {
    const urls = RATE_PROGRAMS.map((id) => PROGRAM_ROWS[id].url);
    expect(new Set(urls).size).toBe(urls.length);
  });
});
