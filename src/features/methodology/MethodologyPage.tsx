// Methodology: the rules in words and formulas, every assumption with its source, the data, what is left out,
// a live worked example, and why statutory rates differ from the duties actually collected.
import { Card } from '../../components/Card';
import { formatRate } from '../../lib/format';
import { AUTO_OFFSET } from '../../model/presets';
import { MAX_SECTOR_ELASTICITY } from '../../model/simulate';
import type { Dataset } from '../../model/types';
import { SectorExplainer } from '../results/WhyPanel';

const RULES: { title: string; words: string; formula: string }[] = [
  {
    title: 'Section 232 comes first',
    words:
      'Each active Section 232 program taxes the share of a sector inside its scope (for steel, aluminum and copper derivatives, only the metal content). USMCA vehicles pay the autos or truck rate only on their non-US content; USMCA auto and truck parts are exempt. The offset for US-assembled vehicles is subtracted from the autos and parts rates.',
    formula:
      'steel, aluminum, copper, buses, lumber, furniture: rate x scope\nautos: (rate - offset) x scope x (1 - US content x USMCA share)\nauto parts: (rate - offset) x scope x (1 - USMCA share)',
  },
  {
    title: 'No stacking',
    words:
      'The country-wide tariff never applies to value that an active 232 program covers. Switch a program off and its goods go back to the country-wide tariff.',
    formula: 'covered = covered share x (scopes of active programs) / (scopes of all programs)',
  },
  {
    title: 'The country-wide tariff',
    words:
      'It applies to what no 232 program covers and does not claim USMCA, at the general rate, or the reduced rate for the energy and potash list.',
    formula: '(general x (1 - k) + reduced x k) x (1 - covered) x (1 - USMCA share outside 232)',
  },
  {
    title: 'MFN duties',
    words: 'Normal (most-favoured-nation) duties fall on goods that do not claim USMCA; if USMCA ended, on every good.',
    formula: 'MFN rate on non-USMCA goods x (1 - USMCA share)',
  },
  {
    title: 'Effective tariff rate',
    words:
      'The duty of a sector is its 2024 imports times the sum of the slices above; the effective rate of a country is its duty over its imports, and the slices add up to it.',
    formula: 'ETR = duty / imports = sum over programs of their contributions',
  },
  {
    title: 'Trade response',
    words: `Each slice of a sector responds to its own tariff with a constant elasticity, which stays positive for any tariff. Short run: 1 for every sector. Long run: each sector's Broda–Weinstein elasticity, capped at ${MAX_SECTOR_ELASTICITY}.`,
    formula: 'V1 = V x ((1 + r1) / (1 + r0)) ^ (-elasticity), r0 = the MFN-only baseline',
  },
];

export function MethodologyPage({ dataset }: { dataset: Dataset }) {
  const duties = dataset.monthlyDuties.filter(
    (m) =>
      ['2024-12', '2025-03', '2025-06', '2025-09', '2025-12'].includes(m.month) || m === dataset.monthlyDuties.at(-1),
  );
  return (
    <div className="page">
      <Card title="How the numbers are made" id="methodology">
        <div className="prose">
          <p>
            For Canada and Mexico, sector by sector (31 and 30 sectors), the model takes the value of exports to the US
            in 2024 and asks which tariffs apply to which part of it, given the rates you set and how much trade claims
            USMCA. It adds up the duty, divides by the value to get the effective tariff rate, then estimates how much
            less would be sold at those prices.
          </p>
          <ol>
            {RULES.map((r) => (
              <li key={r.title}>
                <strong>{r.title}.</strong> {r.words}
                <code className="formula">{r.formula}</code>
              </li>
            ))}
          </ol>
        </div>
      </Card>

      <Card title="A worked example, live" id="example">
        <p className="help">Pick a sector: the arithmetic follows the settings of the simulator.</p>
        <SectorExplainer dataset={dataset} />
      </Card>

      <Card title="Assumptions, and where each comes from" id="assumptions">
        <div className="table-scroll">
          <table className="data-table text-table">
            <thead>
              <tr>
                <th scope="col">Assumption</th>
                <th scope="col">Value</th>
                <th scope="col">Source or reason</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">US content of USMCA vehicles</th>
                <td>40%</td>
                <td>Assumption; vehicles pay the autos tariff on the rest (Commerce procedure, May 2025).</td>
              </tr>
              <tr>
                <th scope="row">Auto offset</th>
                <td>{formatRate(AUTO_OFFSET, 3)}</td>
                <td>
                  3.75% of MSRP for US-assembled vehicles (Apr 2025 amendment) x an assumed 33% US-assembly share.
                </td>
              </tr>
              <tr>
                <th scope="row">Short-run elasticity</th>
                <td>1.0</td>
                <td>Assumption: about a year of adjustment, the same in every sector.</td>
              </tr>
              <tr>
                <th scope="row">Long-run elasticities</th>
                <td>by sector, at most {MAX_SECTOR_ELASTICITY}</td>
                <td>Broda and Weinstein (2006), US elasticities of substitution at HTS10, medians by sector.</td>
              </tr>
              <tr>
                <th scope="row">USMCA shares</th>
                <td>observed, by period</td>
                <td>USITC DataWeb claims (2024, 2025 H1, 2025 H2) applied to the 2024 basket.</td>
              </tr>
              <tr>
                <th scope="row">Metal content of derivatives</th>
                <td>by product</td>
                <td>BEA input–output shares as encoded by the Yale Budget Lab tracker (medium confidence).</td>
              </tr>
              <tr>
                <th scope="row">Canada’s total exports in US$</th>
                <td>{formatRate(1 / dataset.countries.CA.shareExportsToUs, 0)} of US imports from Canada</td>
                <td>{dataset.countries.CA.totalExportsSource}</td>
              </tr>
            </tbody>
          </table>
        </div>
      </Card>

      <Card title="The data" id="data">
        <div className="prose">
          <p>
            Data version <strong>{dataset.version}</strong>, as of <strong>{dataset.asOf}</strong>, base year{' '}
            {dataset.baseYear}. {dataset.sourcesNote}
          </p>
        </div>
        <div className="table-scroll">
          <table className="data-table text-table">
            <caption>The US measures on Canada and Mexico, 2025–26</caption>
            <thead>
              <tr>
                <th scope="col">Measure</th>
                <th scope="col">Country</th>
                <th scope="col">Rate</th>
                <th scope="col">From</th>
                <th scope="col">Legal instrument</th>
                <th scope="col">Confidence</th>
              </tr>
            </thead>
            <tbody>
              {dataset.policyMeasures.map((m, i) => (
                <tr key={i}>
                  <th scope="row">{m.measure}</th>
                  <td>{m.country}</td>
                  <td>{m.rate}</td>
                  <td>{m.effectiveDate}</td>
                  <td>{m.legalInstrument}</td>
                  <td>{m.confidence}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>

      <Card title="Statutory rates, collected duties and other estimates" id="collected">
        <div className="prose">
          <p>
            The simulator gives <em>statutory</em> rates: what the law charges on the 2024 basket. The duties the
            Treasury actually collects differ. They lag (duties are paid weeks after entry), they follow this
            year&apos;s basket rather than 2024&apos;s, they reflect exclusions, drawbacks and goods returned, and they
            count USMCA claims as they happened month by month. Published estimates (the Yale Budget Lab, the Bank of
            Canada) also differ by their import weights and by how they stack programs.
          </p>
        </div>
        <div className="table-scroll">
          <table className="data-table">
            <caption>Collected duties and dutiable shares (Treasury and Census monthly series)</caption>
            <thead>
              <tr>
                <th scope="col">Month</th>
                <th scope="col">US customs duties / all US imports</th>
                <th scope="col">Dutiable share, Canada</th>
                <th scope="col">Dutiable share, Mexico</th>
              </tr>
            </thead>
            <tbody>
              {duties.map((m) => (
                <tr key={m.month}>
                  <th scope="row">{m.month}</th>
                  <td>{formatRate(m.usAggregateEffectiveRate, 1)}</td>
                  <td>{formatRate(m.dutiableShareCanada, 1)}</td>
                  <td>{formatRate(m.dutiableShareMexico, 1)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>

      <Card title="What the model leaves out" id="limits">
        <ul className="prose">
          <li>
            It is not a general-equilibrium model: no exchange-rate response, no retaliation feedback, no supply-chain
            input–output effects, no price effects on US consumers beyond the duty itself.
          </li>
          <li>
            Anti-dumping and countervailing duties (about 35% on Canadian softwood lumber on top of the 232 tariff) are
            not included.
          </li>
          <li>
            Chapters 98/99 (US goods returned and special classifications) are left out of rates and totals, as the
            public trackers do.
          </li>
          <li>
            Values, not volumes: prices are held at 2024 levels. See the 2025 reality check for how far this goes.
          </li>
        </ul>
      </Card>
    </div>
  );
}
