// The CLI runs the same model on the same dataset as the app, and refuses bad input with exit code 2.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { presets } from '../../src/model/presets';
import { simulate } from '../../src/model/simulate';
import { decodeCodes } from '../../src/model/products';
import { realDataset, realProductText } from '../fixtures/builders';

const ROOT = join(import.meta.dirname, '..', '..');
function cli(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/simulate.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
}

// Each test starts Node with tsx, which compiles the CLI and the model before it runs: 1.0–1.7 s a test on this
// 2-core machine, over 5 s when it is busy. The timeout allows a slower machine.
describe('npm run simulate', { timeout: 20_000 }, () => {
  it('--json prints the preset id and the same result the app computes', () => {
    const run = cli('--preset', 'aug-2025-canada-35', '--json');
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    const { preset, ...result } = out;
    expect(preset).toBe('aug-2025-canada-35');
    expect(result).toEqual(JSON.parse(JSON.stringify(simulate(realDataset(), presets['aug-2025-canada-35'].scenario))));
  });

  it('prints a readable table per country', () => {
    const run = cli('--preset', 'nov-2025');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Canada \(imports \$392\.4B\)/);
    expect(run.stdout).toMatch(/Mexico \(imports \$489\.4B\)/);
    expect(run.stdout).toMatch(/Effective tariff rate\s+6\.96%/);
    expect(run.stdout).toMatch(/Top sectors by duty/);
  });

  it('--product 7208 --json lists every line under the prefix for both countries, with its rate by program', () => {
    const run = cli('--preset', 'nov-2025', '--product', '7208', '--json');
    expect(run.status).toBe(0);
    const lines = JSON.parse(run.stdout) as {
      hts10: string;
      description: string;
      country: string;
      importsUsd: number;
      rate: number;
      usmcaShare: number;
      byProgram: Record<string, number>;
    }[];
    const text = realProductText();
    const codes = decodeCodes(text.codeSteps).filter((c) => c.startsWith('7208'));
    // One entry per line and country that traded it in 2024 (a code may be Canadian, Mexican or both).
    expect(new Set(lines.map((l) => l.hts10))).toEqual(new Set(codes));
    for (const l of lines) {
      expect(Object.keys(l)).toEqual(
        expect.arrayContaining(['hts10', 'description', 'country', 'importsUsd', 'rate', 'usmcaShare', 'byProgram']),
      );
      expect(l.hts10).toMatch(/^7208\d{6}$/);
      expect(['CA', 'MX']).toContain(l.country);
      // Hot-rolled flat steel in November 2025: primary steel, 50% of value whatever USMCA, MFN free.
      expect(l.byProgram.steel).toBeCloseTo(0.5, 12);
      expect(l.rate).toBeCloseTo(0.5, 12);
    }
    // The same with dots, and as a table.
    expect(JSON.parse(cli('--preset', 'nov-2025', '--product', '72.08', '--json').stdout)).toEqual(lines);
    const table = cli('--preset', 'nov-2025', '--product', '7208');
    expect(table.stdout).toMatch(/lines under HTS 7208/);
    expect(table.stdout).toMatch(/7208\.10\.30\.00 CA/);
  });

  it('--rules data reproduces the trackers’ convention (6.94% for Canada in November 2025)', () => {
    const run = cli('--preset', 'nov-2025', '--rules', 'data', '--json');
    const out = JSON.parse(run.stdout);
    expect(out.countries.CA.etr * 100).toBeCloseTo(6.94, 1);
    expect(out.countries.MX.etr * 100).toBeCloseTo(7.36, 1);
    expect(cli('--preset', 'nov-2025', '--product', 'steel').status).toBe(2);
  });

  it('an unknown preset exits 2 and lists the valid ones', () => {
    const run = cli('--preset', 'dec-2099');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/Unknown preset "dec-2099"/);
    expect(run.stderr).toMatch(/pre-2025, feb-2025-announced/);
  });

  it('a bad flag exits 2 with the usage', () => {
    const run = cli('--preset', 'nov-2025', '--colour');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/usage: npm run --silent simulate/);
  });
});
