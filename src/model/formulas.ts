// The model's rules as formulas, written from the program table: a program added to the table appears here
// without an edit (the methodology page shows these; the variable names are the same in every language).
import { PROGRAM_ROWS, PROGRAMS, type ProgramRow } from './programs';

function s232Formula(row: ProgramRow): string {
  const rate = row.offset ? '(rate - offset)' : 'rate';
  const scope =
    row.base === 'metalContentThenTiers'
      ? 'scope (metal content; from 6 Apr 2026 the annex tiers on full value)'
      : 'scope';
  const usmca =
    row.usmca === 'nonUsContent'
      ? ' x (1 - US content x USMCA share)'
      : row.usmca === 'qualifyingExempt'
        ? ' x (1 - USMCA share)'
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

export const RULE_FORMULAS: Record<1 | 2 | 3 | 4 | 5 | 6, string> = {
  1: grouped(ofKind('s232'), s232Formula),
  2: 'covered = max(covered share x (scopes of active programs) / (scopes of all programs), value paying 232)',
  3: [
    'countryWide: (general x (1 - k) + reduced x k) x (1 - covered) x (1 - USMCA share outside 232)',
    grouped(
      ofKind('residual'),
      () => 'rate x (1 - covered) x (1 - USMCA share outside 232) x (1 - exempt share) x untaxed',
    ),
    '  (untaxed: what the programs above left untaxed; they never stack)',
    grouped(ofKind('basket'), () => 'rate x basket share (no USMCA relief; never on 232 goods; added to the others)'),
  ].join('\n'),
  4: 'mfn: MFN rate on non-USMCA goods x (1 - USMCA share)',
  5: 'ETR = duty / imports = sum over programs of their contributions',
  6: 'V1 = V x ((1 + r1) / (1 + r0)) ^ (-elasticity), r0 = the MFN-only baseline',
};
