// The program table's words: what each program stacks with or replaces, the data columns that give its scope and
// exemptions per sector, and its legal sources (with an address where it has a stable one). Apart from programs.ts
// so that the first screen need not load them; typed as a Record of every program id, a row without docs fails to compile.
import type { ProgramId } from './programs';

export interface Source {
  /** The instrument or data set, as cited. */
  label: string;
  /** Its public address, where it has a stable one. */
  url?: string;
}

export interface ProgramDocs {
  /** What it stacks with or replaces, in the law's terms. */
  stacking: string;
  /**
   * The columns of the product table (data/raw/products_2024.csv.gz) the product engine reads for it: its list,
   * metal content or annex tier, exemption list, and the USMCA shares where it relieves USMCA goods.
   */
  dataColumns: readonly string[];
  sources: readonly Source[];
}

/** Federal Register documents by their document number. */
const fr = (doc: string, label: string): Source => ({ label, url: `https://www.federalregister.gov/d/${doc}` });
const TRACKER: Source = {
  label: 'Yale Budget Lab tariff-rate tracker (product lists, USMCA shares)',
  url: 'https://github.com/Budget-Lab-Yale/tariff-rate-tracker',
};
const HTS: Source = { label: 'Harmonized Tariff Schedule of the United States, 2026', url: 'https://hts.usitc.gov/' };
const HEADING_232 =
  'Replaces the country-wide tariff, Section 122 and forced-labour 301 on its goods; metals duties do not apply to them.';
const METALS_232 =
  'Until 5 Apr 2026 on metal content; from 6 Apr 2026 on full value by annex tier (I-A full rate, I-B half, Annex III a 15% floor; I-C from 8 Jun 2026). Never with the country-wide tariff, Section 122 or 301.';
const metalColumns = (m: string) => [
  ...(m === 'copper' ? ['s232_copper'] : ['s232_primary', `s232_deriv_${m}`]),
  `${m}_share`,
  'annex_tier_apr',
  'annex_metal_apr',
  'annex_tier_jun',
  'annex_metal_jun',
];
const USMCA = ['usmca_share_2024', 'usmca_share_2025h1', 'usmca_share_2025h2_cal'];
const METALS_APR = { label: 'Proclamation of 2 Apr 2026: metals annexes, US note 16(c)' };

export const PROGRAM_DOCS: Readonly<Record<ProgramId, ProgramDocs>> = {
  mfn: {
    stacking: 'The normal duty; every other program is in addition to it.',
    dataColumns: ['mfn_rate', ...USMCA],
    sources: [HTS],
  },
  countryWide: {
    stacking: 'Not on goods under Section 232. Held unlawful on 20 Feb 2026 (Learning Resources v. Trump).',
    dataColumns: ['ca_energy_carveout', 'mx_potash', ...USMCA],
    sources: [
      { label: 'EO 14193 (Canada) and EO 14194 (Mexico), 1 Feb 2025; HTS 9903.01.01/.10' },
      { label: 'Learning Resources, Inc. v. Trump (2026): IEEPA tariffs held unlawful' },
    ],
  },
  steel: {
    stacking: METALS_232,
    dataColumns: metalColumns('steel'),
    sources: [
      { label: 'Proclamations 10895/10896 (25%, 12 Mar 2025), 10947 (50%, 4 Jun 2025)' },
      METALS_APR,
      { label: 'Proclamation 11032 of 1 Jun 2026: Annex I-C' },
      TRACKER,
    ],
  },
  aluminum: {
    stacking: METALS_232,
    dataColumns: metalColumns('aluminum'),
    sources: [{ label: 'Proclamations 10895/10896, 10947' }, METALS_APR, TRACKER],
  },
  copper: {
    stacking: METALS_232,
    dataColumns: metalColumns('copper'),
    sources: [{ label: 'Proclamation of 30 Jul 2025: copper 50% (HTS 9903.78.01)' }, METALS_APR, TRACKER],
  },
  autos: {
    stacking: HEADING_232,
    dataColumns: ['autos', ...USMCA],
    sources: [{ label: 'Proclamation 10908: Section 232 autos 25% (3 Apr 2025)' }],
  },
  autoParts: {
    stacking: HEADING_232,
    dataColumns: ['auto_parts', ...USMCA],
    sources: [{ label: 'Proclamation 10908: auto parts 25% (3 May 2025)' }],
  },
  mhdTrucks: {
    stacking: HEADING_232,
    dataColumns: ['mhd_trucks', ...USMCA],
    sources: [{ label: 'Proclamation 10984 (90 FR 48451): MHD trucks and parts 25%, buses 10%' }],
  },
  mhdParts: {
    stacking: HEADING_232,
    dataColumns: ['mhd_parts', ...USMCA],
    sources: [{ label: 'Proclamation 10984 (90 FR 48451)' }],
  },
  buses: {
    stacking: HEADING_232,
    dataColumns: ['buses'],
    sources: [{ label: 'Proclamation 10984 (90 FR 48451)' }],
  },
  lumber: {
    stacking: HEADING_232,
    dataColumns: ['lumber'],
    sources: [{ label: 'Proclamation of 29 Sep 2025: lumber 10%, upholstered furniture and cabinets 25%' }],
  },
  furniture: {
    stacking: HEADING_232,
    dataColumns: ['furniture_cabinets'],
    sources: [{ label: 'Proclamation of 29 Sep 2025' }],
  },
  pharma: {
    stacking:
      'Patented drugs to 100% in total (MFN on them is 0); generics exempt. Excludes forced-labour 301 on the same goods (note 52(f)).',
    dataColumns: ['pharma'],
    sources: [{ label: 'Proclamation 11020 of 2 Apr 2026; HTS 9903.04.60-.69, US note 40' }, TRACKER],
  },
  section122: {
    stacking:
      'Not on goods under Section 232 (note 2(aa)(v)); on top of MFN; exempts energy, critical minerals, fertilizers, pharmaceuticals, many electronics, civil aircraft (note 2(aa)(ii)-(iv)). Replaced the IEEPA tariffs.',
    dataColumns: ['s122_exempt', ...USMCA],
    sources: [{ label: 'Proclamation of 20 Feb 2026; HTS 9903.03.01-.11, US note 2(aa)' }, HTS, TRACKER],
  },
  forcedLabor301: {
    stacking:
      'Additive (note 52(a)); not on goods under Section 232 (note 52(f)). Exemptions: the proposed Annex A (the final lists are not public).',
    dataColumns: ['fl301_exempt', ...USMCA],
    sources: [fr('2026-15181', 'USTR notice, FR 2026-15181 (28 Jul 2026); HTS 9903.05.20-.84, US note 52'), TRACKER],
  },
  section338: {
    stacking:
      'Additive to all other duties (note 51(a)); not on goods subject to Section 232 (note 51(c)). From 29 Sep 2026 reported as import bans (low confidence).',
    dataColumns: ['s338_basket'],
    sources: [
      fr('2026-14991', 'Proclamation 11046 (alcohol), FR 2026-14991'),
      fr('2026-14992', 'Proclamation 11047 (dairy), FR 2026-14992'),
      fr('2026-14997', 'Proclamation 11048 (motor-vehicle basket), FR 2026-14997'),
      fr('2026-18835', 'Proclamation 11061 (import bans), FR 2026-18835'),
    ],
  },
};
