// The model's rules as formulas, written from the program table: a program added to the table appears here
// without an edit (the methodology page shows these). Program ids stay as they are (they are the table's names);
// every other word comes from a vocabulary, so the page writes the formulas in the reader's language.
import { PROGRAM_ROWS, PROGRAMS, type ProgramRow } from './programs';

/** The words of the formulas; the methodology page passes them in the reader's language. */
export interface FormulaWords {
  rate: string;
  offset: string;
  scope: string;
  metalScope: string;
  usContent: string;
  usmcaShare: string;
  covered: string;
  coveredShare: string;
  activeScopes: string;
  allScopes: string;
  paying232: string;
  general: string;
  reduced: string;
  usmcaOutside232: string;
  exemptShare: string;
  untaxed: string;
  untaxedNote: string;
  basketShare: string;
  basketNote: string;
  mfnRate: string;
  duty: string;
  imports: string;
  sumNote: string;
  elasticity: string;
  baselineNote: string;
}

export const ENGLISH_FORMULA_WORDS: FormulaWords = {
  rate: 'rate',
  offset: 'offset',
  scope: 'scope',
  metalScope: 'scope (metal content; from 6 Apr 2026 the annex tiers on full value)',
  usContent: 'US content',
  usmcaShare: 'USMCA share',
  covered: 'covered',
  coveredShare: 'covered share',
  activeScopes: 'scopes of active programs',
  allScopes: 'scopes of all programs',
  paying232: 'value paying 232',
  general: 'general',
  reduced: 'reduced',
  usmcaOutside232: 'USMCA share outside 232',
  exemptShare: 'exempt share',
  untaxed: 'untaxed',
  untaxedNote: 'untaxed: what the programs above left untaxed; they never stack',
  basketShare: 'basket share',
  basketNote: 'no USMCA relief; never on 232 goods; added to the others',
  mfnRate: 'MFN rate on non-USMCA goods',
  duty: 'duty',
  imports: 'imports',
  sumNote: 'sum over programs of their contributions',
  elasticity: 'elasticity',
  baselineNote: 'r0 = the MFN-only baseline',
};

function s232Formula(row: ProgramRow, w: FormulaWords): string {
  const rate = row.offset ? `(${w.rate} - ${w.offset})` : w.rate;
  const scope = row.base === 'metalContentThenTiers' ? w.metalScope : w.scope;
  const usmca =
    row.usmca === 'nonUsContent'
      ? ` x (1 - ${w.usContent} x ${w.usmcaShare})`
      : row.usmca === 'qualifyingExempt'
        ? ` x (1 - ${w.usmcaShare})`
        : '';
  return `${rate} x ${scope}${usmca}`;
}

/** Lines "program, program: formula", grouping the programs whose formula is the same, in table order. */
function grouped(ids: readonly string[], formula: (row: ProgramRow) => string): string {
  const byFormula = new Map<string, string[]>();
  for (const id of ids) {
    const f = formula(PROGRAM_ROWS[id as keyof typeof PROGRAM_ROWS]);
    byFormula.set(f, [...(byFormula.get(f) ?? []), id]);
  }
  return [...byFormula].map(([f, names]) => `${names.join(', ')}: ${f}`).join('\n');
}

const ofKind = (kind: ProgramRow['kind']) => PROGRAMS.filter((p) => PROGRAM_ROWS[p].kind === kind);

/** The six rules' formulas, in the words given. */
export function ruleFormulas(w: FormulaWords = ENGLISH_FORMULA_WORDS): Record<1 | 2 | 3 | 4 | 5 | 6, string> {
  const notCovered = `(1 - ${w.covered}) x (1 - ${w.usmcaOutside232})`;
  return {
    1: grouped(ofKind('s232'), (row) => s232Formula(row, w)),
    2: `${w.covered} = max(${w.coveredShare} x (${w.activeScopes}) / (${w.allScopes}), ${w.paying232})`,
    3: [
      `countryWide: (${w.general} x (1 - k) + ${w.reduced} x k) x ${notCovered}`,
      grouped(ofKind('residual'), () => `${w.rate} x ${notCovered} x (1 - ${w.exemptShare}) x ${w.untaxed}`),
      `  (${w.untaxedNote})`,
      grouped(ofKind('basket'), () => `${w.rate} x ${w.basketShare} (${w.basketNote})`),
    ].join('\n'),
    4: `mfn: ${w.mfnRate} x (1 - ${w.usmcaShare})`,
    5: `ETR = ${w.duty} / ${w.imports} = ${w.sumNote}`,
    6: `V1 = V x ((1 + r1) / (1 + r0)) ^ (-${w.elasticity}), ${w.baselineNote}`,
  };
}

export const RULE_FORMULAS = ruleFormulas();
