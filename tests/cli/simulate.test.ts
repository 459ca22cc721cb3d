// The CLI runs the same model on the same dataset as the app, and refuses bad input with exit code 2.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { presets } from '../../src/model/presets';
import { simulate } from '../../src/model/simulate';
import { realDataset } from '../fixtures/builders';

const ROOT = join(import.meta.dirname, '..', '..');
function cli(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/simulate.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
}

describe('npm run simulate', () => {
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
