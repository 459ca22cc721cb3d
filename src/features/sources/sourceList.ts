// What the Sources page lists: the project's input files (downloadable, with where each comes from), and the legal
// instruments behind the programs and the dated policy states, each linked.
import type { Source } from '../../model/programDocs';
import { PROGRAM_DOCS } from '../../model/programDocs';
import { PRESET_DOCS } from '../../model/presetDocs';
import type { PolicyMeasure } from '../../model/types';
import type { MessageKey } from '../../i18n';

const YALE = (repo: string) => ({
  label: `Yale Budget Lab, ${repo}`,
  url: `https://github.com/Budget-Lab-Yale/${repo}`,
});
const DATAWEB: Source = { label: 'USITC DataWeb', url: 'https://dataweb.usitc.gov/' };
const CENSUS: Source = { label: 'US Census Bureau, foreign trade', url: 'https://www.census.gov/foreign-trade/' };
const CONCORDANCE: Source = {
  label: 'insongkim/concordance (Broda–Weinstein elasticities)',
  url: 'https://github.com/insongkim/concordance',
};

/** The address of a file under data/: a gzipped file is served unzipped, without ".gz" (see vite.config.ts). */
export const servedPath = (path: string) => path.replace(/\.gz$/, '');

export interface DataFile {
  /** Its path under data/ (and the address it is served at, under data/). */
  path: string;
  /** What it holds, in the reader's language. */
  what: MessageKey;
  /** Where its figures come from, in the words of data/SOURCES.md (data stay in English). */
  origin: string;
  links: readonly Source[];
}

/** Every input file the dataset is built from (`npm run data`), and the notes that describe them. */
export const DATA_FILES: readonly DataFile[] = [
  {
    path: 'SOURCES.md',
    what: 'sources.file.SOURCES',
    origin: 'This project: what each file holds, where it comes from, its confidence and limits.',
    links: [],
  },
  {
    path: 'raw/sectors.csv',
    what: 'sources.file.sectors',
    origin:
      'US Census 2024 consumption imports (HTS10 x country) as aggregated by the Yale Budget Lab; USITC DataWeb 2025 USMCA claims; Section 232 scopes and metal content from the tariff-rate tracker; Broda–Weinstein elasticities.',
    links: [CENSUS, DATAWEB, YALE('Tariff-Model'), YALE('tariff-rate-tracker'), CONCORDANCE],
  },
  {
    path: 'raw/products_2024.csv.gz',
    what: 'sources.file.products-2024',
    origin:
      'HTS10 product lines: 2024 Census imports, USMCA claims (DataWeb), program lists and annex tiers (tariff-rate tracker, HTS 2026 US notes), BEA metal content.',
    links: [CENSUS, DATAWEB, YALE('tariff-rate-tracker'), { label: 'HTS 2026', url: 'https://hts.usitc.gov/' }],
  },
  {
    path: 'raw/sector_shares_2026.csv',
    what: 'sources.file.sector-shares-2026',
    origin: 'Per-sector shares of the 2026 programs, computed from the HTS10 product table.',
    links: [YALE('tariff-rate-tracker')],
  },
  {
    path: 'raw/measures_2026.csv',
    what: 'sources.file.measures-2026',
    origin:
      'Every legal measure on Canada or Mexico from 20 Feb to 4 Dec 2026, with its instrument, where each fact was read, and confidence.',
    links: [{ label: 'Federal Register', url: 'https://www.federalregister.gov/' }, YALE('tariff-rate-tracker')],
  },
  {
    path: 'raw/policy_measures.csv',
    what: 'sources.file.policy-measures',
    origin:
      'Every US measure on Canada and Mexico in 2025–2026: executive orders, proclamations and CBP notices, each row with its sources and confidence.',
    links: [{ label: 'Federal Register', url: 'https://www.federalregister.gov/' }],
  },
  {
    path: 'raw/usmca_utilization_monthly.csv',
    what: 'sources.file.usmca-utilization-monthly',
    origin:
      'USITC DataWeb imports for consumption with the USMCA claim (SPI S/S+), Jan 2025 – Feb 2026, via the tariff-rate tracker.',
    links: [DATAWEB, YALE('tariff-rate-tracker')],
  },
  {
    path: 'raw/us_imports_duties_monthly.csv',
    what: 'sources.file.us-imports-duties-monthly',
    origin:
      'Monthly US imports from Canada and Mexico, dutiable value, and US Treasury customs duties, from Haver Analytics via the Yale Budget Lab tariff-impact tracker.',
    links: [YALE('tariff-impact-tracker')],
  },
  {
    path: 'raw/macro.csv',
    what: 'sources.file.macro',
    origin: 'GDP, exports and trade totals of Canada and Mexico, each row with its source and confidence.',
    links: [],
  },
  {
    path: 'raw/retaliation.csv',
    what: 'sources.file.retaliation',
    origin: 'Canada’s counter-tariffs on US goods and Mexico’s choice not to retaliate, each row with its source.',
    links: [{ label: 'Department of Finance Canada', url: 'https://www.canada.ca/en/department-finance.html' }],
  },
  {
    path: 'raw/context.csv',
    what: 'sources.file.context',
    origin: 'This project: facts for the context panel, each with its source and confidence.',
    links: [],
  },
];

export interface Instrument {
  label: string;
  /** Its own address where it has a stable one; otherwise a search for it (`search` says which). */
  url: string;
  search: boolean;
}

/** A search where the instrument has no stable address of its own: court opinions at the Supreme Court, the rest in the Federal Register. */
export function searchUrl(label: string): string {
  const term = label.split(/[:;(]/)[0]!.trim();
  return / v\. /.test(term)
    ? `https://www.supremecourt.gov/search.aspx?Search=${encodeURIComponent(term)}`
    : `https://www.federalregister.gov/documents/search?conditions%5Bterm%5D=${encodeURIComponent(term)}`;
}

const INSTRUMENT =
  /\b(EO|Proclamations?|HTS|Harmonized Tariff Schedule|Commerce|FR \d|notice|v\.|joint review|Amendments?)\b/;

/** The legal instruments of the program table, the presets and the 2025 measures, once each, linked. */
export function instruments(measures: readonly PolicyMeasure[]): Instrument[] {
  const seen = new Map<string, Instrument>();
  const add = (label: string, url?: string) => {
    const key = label.trim();
    // A law, order, notice, ruling or schedule; not a data set, an announcement or a post.
    if (!key || seen.has(key) || !INSTRUMENT.test(key)) return;
    seen.set(key, url ? { label: key, url, search: false } : { label: key, url: searchUrl(key), search: true });
  };
  for (const docs of Object.values(PROGRAM_DOCS)) for (const s of docs.sources) add(s.label, s.url);
  for (const docs of Object.values(PRESET_DOCS)) for (const s of docs.sources) add(s);
  for (const m of measures) if (m.legalInstrument) add(m.legalInstrument);
  // Data sets are on the list of files; a tracker or schedule cited by a program stays here once.
  return [...seen.values()].sort((a, b) => a.label.localeCompare(b.label));
}
