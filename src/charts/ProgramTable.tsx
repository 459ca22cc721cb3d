// The program breakdown as a table: the accessible alternative to the program bars.
import { PROGRAM_LABELS } from './programs';
import type { programSeries } from './series';

export function ProgramTable({ rows, programs }: ReturnType<typeof programSeries>) {
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">Program</th>
          {rows.map((r) => (
            <th scope="col" key={r.country}>
              {r.country}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {programs.map((p) => (
          <tr key={p}>
            <th scope="row">{PROGRAM_LABELS[p]}</th>
            {rows.map((r) => (
              <td key={r.country}>{r.values[p].toFixed(2)} pts</td>
            ))}
          </tr>
        ))}
        <tr>
          <th scope="row">Effective tariff rate</th>
          {rows.map((r) => (
            <td key={r.country}>{r.total.toFixed(2)}%</td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}
