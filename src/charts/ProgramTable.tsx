// The program breakdown as a table: the accessible alternative to the program bars.
import { t } from '../i18n';
import { formatNumber, formatRate } from '../lib/format';
import { PROGRAM_LABELS } from './programs';
import type { programSeries } from './series';

export function ProgramTable({ rows, programs }: ReturnType<typeof programSeries>) {
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">{t('why.tableProgram')}</th>
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
              <td key={r.country}>{t('why.points', { value: formatNumber(r.values[p], 2) })}</td>
            ))}
          </tr>
        ))}
        <tr>
          <th scope="row">{t('why.tableEtr')}</th>
          {rows.map((r) => (
            <td key={r.country}>{formatRate(r.total / 100)}</td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}
