// The first screen's JavaScript budget: at most 100 KB gzipped; Recharts arrives later in its own chunk.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { initialJsKb } from './helpers';

test('initial JavaScript is at most 100 KB gzipped, and Recharts is not in it', () => {
  const { initialGz, initialFiles } = initialJsKb();
  console.log(`initial JS: ${initialGz.toFixed(1)} KB gzipped (${initialFiles.join(', ')})`);
  expect(initialFiles.length).toBeGreaterThan(0);
  expect(initialGz).toBeLessThanOrEqual(100);
  for (const f of initialFiles) {
    const code = readFileSync(join(import.meta.dirname, '..', '..', 'dist', f), 'utf8');
    expect(code).not.toContain('recharts-surface');
  }
});
