// The program table as people read it: each program's authority, reach, base, USMCA treatment, dates, stacking rule
// and legal sources (linked where they have a stable address), straight from the model's table.
import { PROGRAM_LABELS } from '../../charts/programs';
import { DataTable } from '../../components/DataTable';
import { t } from '../../i18n';
import { searchUrl } from '../sources/sourceList';
import { formatDate } from '../../lib/format';
import { PROGRAM_DOCS } from '../../model/programDocs';
import { PROGRAM_ROWS, PROGRAMS } from '../../model/programs';

export function ProgramTable() {
  return (
    <div className="table-scroll">
      <DataTable
        className="text-table"
        columns={[
          t('method.programs.col.program'),
          t('method.programs.col.authority'),
          t('method.programs.col.inForce'),
          t('method.programs.col.usmca'),
          t('method.programs.col.stacking'),
          t('method.programs.col.sources'),
        ]}
        rows={PROGRAMS.filter((p) => p !== 'mfn').map((p) => {
          const row = PROGRAM_ROWS[p];
          const docs = PROGRAM_DOCS[p];
          const dates = row.inForce.to
            ? t('method.programs.fromTo', { from: formatDate(row.inForce.from), to: formatDate(row.inForce.to) })
            : t('method.programs.from', { from: formatDate(row.inForce.from) });
          return {
            key: p,
            head: PROGRAM_LABELS[p],
            cells: [
              `${row.authority} · ${row.countries.join(', ')}`,
              dates,
              t(`method.programs.usmca.${row.usmca}`),
              <span key="stacking" lang="en">
                {docs.stacking}
              </span>,
              <ul key="sources" className="source-list" lang="en">
                {docs.sources.map((s) => (
                  <li key={s.label}>
                    <a href={s.url ?? searchUrl(s.label)} rel="noopener" target="_blank">
                      {s.label}
                    </a>
                  </li>
                ))}
              </ul>,
            ],
          };
        })}
      />
    </div>
  );
}
