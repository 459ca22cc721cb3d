// Canada and Mexico side by side: the headline numbers of the current scenario, as a table.
import { formatRate, formatSignedRate, formatSignedUsd, formatUsd } from '../../lib/format';
import type { SimulationResult } from '../../model/types';

export function SummaryTable({ result }: { result: SimulationResult }) {
  const { CA, MX } = result.countries;
  const rows: [string, string, string][] = [
    ['Effective tariff rate', formatRate(CA.etr), formatRate(MX.etr)],
    ['Duty owed per year', formatUsd(CA.dutyUsd), formatUsd(MX.dutyUsd)],
    ['Exports facing a new tariff', formatUsd(CA.exposedUsd), formatUsd(MX.exposedUsd)],
    ['Estimated change in exports to the US', formatSignedUsd(CA.exportChangeUsd), formatSignedUsd(MX.exportChangeUsd)],
    ['… as a share of GDP', formatSignedRate(CA.exportChangePctGdp), formatSignedRate(MX.exportChangePctGdp)],
  ];
  return (
    <table className="summary-table">
      <caption>Trade exposure under the current scenario (2024 trade, one-year response)</caption>
      <thead>
        <tr>
          <th scope="col">Measure</th>
          <th scope="col">Canada</th>
          <th scope="col">Mexico</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, ca, mx]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td data-country="CA">{ca}</td>
            <td data-country="MX">{mx}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
