// Command line: run the model on public/data/dataset.json for a preset and print a table or JSON.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseDataset } from '../data/schema';
import { formatRate, formatSignedRate, formatSignedUsd, formatUsd } from '../lib/format';
import { PRESET_DOCS } from '../model/presetDocs';
import { PRESET_IDS, presets, isPresetId } from '../model/presets';
import { simulate } from '../model/simulate';
import type { CountryResult } from '../model/types';

const DATASET = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'public', 'data', 'dataset.json');
const USAGE = `usage: npm run --silent simulate -- --preset <id> [--json]
presets: ${PRESET_IDS.join(', ')}`;

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

function table(r: CountryResult, name: string): string {
  const rows = [
    ['Effective tariff rate', formatRate(r.etr)],
    ['Duty owed per year', formatUsd(r.dutyUsd)],
    ['Exports facing a new tariff', `${formatUsd(r.exposedUsd)} (${formatRate(r.exposedShare, 1)})`],
    ['Duty after trade response', formatUsd(r.dutyAfterResponseUsd)],
    [
      'Change in exports to the US',
      `${formatSignedUsd(r.exportChangeUsd)} (${formatSignedRate(r.exportChangePct)}; ${formatSignedRate(r.exportChangePctGdp)} of GDP)`,
    ],
  ];
  const top = [...r.bySector].sort((a, b) => b.dutyUsd - a.dutyUsd).slice(0, 5);
  const width = Math.max(...rows.map(([k]) => (k ?? '').length));
  return [
    `${name} (imports ${formatUsd(r.importsUsd)})`,
    ...rows.map(([k, v]) => `  ${(k ?? '').padEnd(width)}  ${v}`),
    '  Top sectors by duty:',
    ...top.map((s) => `    ${s.label.padEnd(48)} ${formatUsd(s.dutyUsd).padStart(8)}  ETR ${formatRate(s.etr)}`),
  ].join('\n');
}

function main(argv: string[]): void {
  let values: { preset?: string | undefined; json?: boolean | undefined };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { preset: { type: 'string' }, json: { type: 'boolean' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    fail(e instanceof Error ? e.message : String(e));
  }
  const id = values.preset;
  if (id === undefined) fail('Missing --preset.');
  if (!isPresetId(id)) fail(`Unknown preset "${id}".`);
  const dataset = parseDataset(JSON.parse(readFileSync(DATASET, 'utf8')));
  const preset = presets[id];
  const result = simulate(dataset, preset.scenario);
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ preset: id, ...result }, null, 2)}\n`);
    return;
  }
  console.log(`${PRESET_DOCS[id].label} (${preset.date}); data ${dataset.version}, as of ${dataset.asOf}\n`);
  console.log(table(result.countries.CA, 'Canada'));
  console.log('');
  console.log(table(result.countries.MX, 'Mexico'));
}

main(process.argv.slice(2));
