// Pieces the projected screen, the presenter view and the handout share.
import { PROGRAM_COLORS, PROGRAM_LABELS } from '../../charts/programs';
import type { Program } from '../../model/types';
import type { SettingChange } from '../../state/stepWords';

/** "Setting: from → to", one per line. */
export function ChangeList({ changes }: { changes: SettingChange[] }) {
  return (
    <ul>
      {changes.map((c) => (
        <li key={c.label}>
          {c.label}: {c.from} → <strong>{c.to}</strong>
        </li>
      ))}
    </ul>
  );
}

/** The colour key of the program bars. */
export function ProgramLegend({ programs }: { programs: Program[] }) {
  return (
    <ul className="chart-legend">
      {programs.map((p) => (
        <li key={p}>
          <span className="swatch" style={{ background: PROGRAM_COLORS[p], borderColor: PROGRAM_COLORS[p] }} />
          {PROGRAM_LABELS[p]}
        </li>
      ))}
    </ul>
  );
}
