/**
 * The figures a reliability test reports for `npm run reliability`'s table: one JSON file per
 * test in `.test-results/reliability/`, `{ "rows": [{ "label", "value" }] }`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where every reliability figure is written (read by scripts/reliability.mjs). */
export const RESULTS_DIR = fileURLToPath(
  new URL('../../.test-results/reliability/', import.meta.url),
);

export interface ResultRow {
  label: string;
  value: string | number;
}

/**
 * Writes a test's figures as `<name>.json`, replacing the previous run's.
 *
 * @example
 * ```ts
 * writeResults('faults', [{ label: 'orders paid', value: 2_500 }]);
 * ```
 */
export function writeResults(name: string, rows: ResultRow[]): void {
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(join(RESULTS_DIR, `${name}.json`), JSON.stringify({ rows }, null, 2) + '\n');
}

/** A whole number from the environment, or `fallback`. */
export function envInt(name: string, fallback: number): number {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isSafeInteger(parsed))
    throw new Error(`${name} must be a whole number, got ${value}`);
  return parsed;
}
