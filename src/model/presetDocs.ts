// The presets' English label, description and legal sources (the screen's words come from the dictionaries):
// for the command line, the methodology and the tests. Kept apart from presets.ts so the first screen need not load it.
import type { PresetId } from './presets';

export interface PresetDocs {
  label: string;
  description: string;
  sources: string[];
}

const S = {
  eoFeb: 'EO 14193 (Canada) and EO 14194 (Mexico), 1 Feb 2025; HTS 9903.01.01/.10',
  usmcaMar: 'Amendments of 2 and 6 Mar 2025 exempting USMCA-qualifying goods from 7 Mar 2025 (HTS 9903.01.04)',
  energy: 'HTS 9903.01.13 energy & critical minerals, 9903.01.15 / 9903.01.05 potash (10%)',
  steel25: 'Proclamations 10895/10896: Section 232 steel and aluminum 25%, 12 Mar 2025',
  autos: 'Proclamation 10908: Section 232 autos 25% (3 Apr 2025) and auto parts 25% (3 May 2025)',
  steel50: 'Proclamation 10947: steel and aluminum 50%, 4 Jun 2025 (90 FR 24199)',
  ca35: 'EO of 31 Jul 2025 raising Canada to 35% from 1 Aug 2025; CBP CSMS #65798609',
  copper: 'Proclamation of 30 Jul 2025: Section 232 copper 50% (HTS 9903.78.01), 1 Aug 2025',
  lumber: 'Proclamation of 29 Sep 2025: lumber 10%, upholstered furniture and cabinets 25%, 14 Oct 2025',
  trucks: 'Proclamation 10984 (90 FR 48451): MHD trucks and parts 25%, buses 10%, 1 Nov 2025',
  scotus: 'Learning Resources v. Trump, 20 Feb 2026: IEEPA tariffs struck down',
  s122: 'Proclamation of 20 Feb 2026: Section 122 10% surcharge, USMCA goods exempt, 24 Feb 2026',
  usmcaData: 'USMCA shares: USITC DataWeb via Budget-Lab-Yale/tariff-rate-tracker (see data/SOURCES.md)',
  metalsApr: 'Proclamation of 2 Apr 2026: metals annexes I-A 50%, I-B 25%, III 15% floor, II removed (US note 16(c))',
  metalsJun: 'Proclamation 11032 of 1 Jun 2026: Annex I-C and moves between tiers, from 8 Jun 2026',
  fl301: 'USTR notice FR 2026-15181: Section 301 forced-labour 10% from 24 Jul 2026, USMCA goods exempt',
  pharma: 'Proclamation 11020: Section 232 pharmaceuticals, patented drugs to 100% from 31 Jul 2026',
  s338: 'Proclamations 11046-11048 (FR 2026-14991/-14992/-14997): Section 338 50% on three Canadian baskets, 22 Aug 2026',
  review: 'USMCA joint review, 1 Jul 2026: the United States declines the 16-year extension; annual reviews follow',
};

export const PRESET_DOCS = {
  'pre-2025': {
    label: 'Before 2025 (MFN only)',
    description: 'Only most-favoured-nation duties on goods that do not claim USMCA; 2024 USMCA use.',
    sources: [S.usmcaData],
  },
  'feb-2025-announced': {
    label: '1 Feb 2025 announcement',
    description: 'Canada 25% (energy 10%), Mexico 25% on all goods, no USMCA exemption, as first announced.',
    sources: [S.eoFeb, S.energy],
  },
  'mar-2025-usmca-exempt': {
    label: '7 Mar 2025: USMCA goods exempted',
    description: 'Country-wide 25% (energy and potash 10%) only on goods that do not claim USMCA.',
    sources: [S.eoFeb, S.usmcaMar, S.energy],
  },
  'mar-2025-steel-25': {
    label: '12 Mar 2025: steel & aluminum 25%',
    description: 'Section 232 steel and aluminum at 25%, with no USMCA relief, on top of March.',
    sources: [S.usmcaMar, S.steel25],
  },
  'apr-2025-autos': {
    label: 'Apr–May 2025: autos & parts 25%',
    description: 'Autos 25% (USMCA vehicles on non-US content) and auto parts 25% (USMCA parts exempt).',
    sources: [S.usmcaMar, S.steel25, S.autos],
  },
  'jun-2025-steel-50': {
    label: '4 Jun 2025: steel & aluminum 50%',
    description: 'Steel and aluminum doubled to 50%; autos and parts stay at 25%.',
    sources: [S.usmcaMar, S.autos, S.steel50],
  },
  'aug-2025-canada-35': {
    label: '1 Aug 2025: Canada 35%, copper 50%',
    description: 'Canada country-wide rate raised to 35%; copper joins the 50% metals; H2 2025 USMCA use.',
    sources: [S.ca35, S.copper, S.steel50, S.autos],
  },
  'nov-2025': {
    label: 'Nov 2025: the full set',
    description: 'August rates plus lumber 10%, furniture 25% (14 Oct) and trucks 25%, buses 10% (1 Nov).',
    sources: [S.ca35, S.steel50, S.copper, S.autos, S.lumber, S.trucks],
  },
  'nov-2025-no-exemption': {
    label: 'Hypothetical: Nov 2025 without the USMCA exemption',
    description: 'The November rates with no USMCA relief at all: the outcome negotiators fear.',
    sources: [S.ca35, S.steel50, S.copper, S.autos, S.lumber, S.trucks],
  },
  'feb-2026-section-122': {
    label: 'Feb 2026: IEEPA struck down, Section 122 10%',
    description:
      'IEEPA tariffs void; a 10% Section 122 surcharge on goods outside USMCA and Section 232, less its exemptions (energy, minerals, fertilizers, pharmaceuticals, many electronics); 232 as in November.',
    sources: [S.scotus, S.s122, S.steel50, S.copper, S.autos, S.lumber, S.trucks],
  },
  'apr-2026-metals': {
    label: '6 Apr 2026: metals tiers on full value',
    description:
      'Steel, aluminum and copper move to annex tiers on full value (I-A 50%, I-B 25%, Annex III a 15% floor, Annex II removed), with no USMCA relief; Section 122 goes on.',
    sources: [S.metalsApr, S.s122],
  },
  'jun-2026-equipment': {
    label: '8 Jun 2026: Annex I-C (mobile industrial equipment)',
    description:
      'Proclamation 11032 adds Annex I-C (USMCA steel 25% on non-US content, at least 15%) and moves lines between tiers.',
    sources: [S.metalsJun, S.s122],
  },
  'jul-2026-section-301': {
    label: '24 Jul 2026: Section 122 ends, forced-labour 301 starts',
    description:
      'Section 122 lapses on 23 Jul; a 10% Section 301 forced-labour duty replaces it, USMCA and 232 goods excluded. On 1 Jul the United States declined to extend the USMCA, which moves to annual reviews.',
    sources: [S.fl301, S.review, S.metalsJun],
  },
  'aug-2026-section-338': {
    label: '22 Aug 2026: Section 338 on Canada, pharmaceuticals',
    description:
      'A 50% Section 338 duty on three baskets of Canadian goods (alcohol, dairy, a consumer-goods list), no USMCA relief; Section 232 on patented pharmaceuticals from 31 Jul.',
    sources: [S.s338, S.pharma, S.fl301, S.metalsJun],
  },
  'dec-2026': {
    label: 'Dec 2026: current law',
    description:
      'US tariffs on Canada and Mexico in force on 1 Dec 2026: metals tiers, the heading 232 programs, pharmaceuticals, forced-labour 301 and Section 338 on Canada.',
    sources: [S.metalsJun, S.fl301, S.pharma, S.s338, S.autos, S.lumber, S.trucks],
  },
  'dec-2026-no-exemption': {
    label: 'Hypothetical: Dec 2026 without the USMCA exemption',
    description:
      'The December 2026 rates with USMCA relief switched off: USMCA goods pay forced-labour 301 and the full 232 rates.',
    sources: [S.metalsJun, S.fl301, S.pharma, S.s338, S.review],
  },
  'dec-2026-usmca-withdrawal': {
    label: 'Hypothetical: US withdrawal from the USMCA',
    description:
      'The December 2026 rates with the agreement gone: no USMCA relief anywhere, and MFN on every good that claimed it.',
    sources: [S.metalsJun, S.fl301, S.pharma, S.s338, S.review],
  },
} satisfies Record<PresetId, PresetDocs>;
