// A plain data table: a header row and rows whose first cell names the row; the table alternative of charts.
import type { ReactNode } from 'react';

export interface DataRow {
  key: string;
  head: ReactNode;
  cells: ReactNode[];
}

export function DataTable({
  columns,
  rows,
  caption,
  className,
}: {
  columns: ReactNode[];
  rows: DataRow[];
  caption?: ReactNode;
  className?: string;
}) {
  return (
    <table className={`data-table${className ? ` ${className}` : ''}`}>
      {caption && <caption>{caption}</caption>}
      <thead>
        <tr>
          {columns.map((c, i) => (
            <th key={i} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.head}</th>
            {r.cells.map((c, i) => (
              <td key={i}>{c}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
