// The glossary's terms, in the order the glossary lists them; their words are in the dictionaries
// (glossary.<id>.term and glossary.<id>.text), so a new term is a row here and two keys per language.
import type { Authority } from '../model/programs';
import type { MessageKey } from './en';

export const GLOSSARY = [
  'etr',
  'pp',
  'mfn',
  'usmca',
  'utilization',
  's232',
  'ieepa',
  's122',
  's301',
  's338',
  'elasticity',
] as const;
export type GlossaryId = (typeof GLOSSARY)[number];

export const termKey = (id: GlossaryId) => `glossary.${id}.term` as MessageKey;
export const textKey = (id: GlossaryId) => `glossary.${id}.text` as MessageKey;

/** The glossary entry for each legal authority of the program table. */
export const AUTHORITY_TERM: Readonly<Record<Authority, GlossaryId>> = {
  MFN: 'mfn',
  IEEPA: 'ieepa',
  'Section 122': 's122',
  'Section 232': 's232',
  'Section 301': 's301',
  'Section 338': 's338',
};
