/**
 * The bank's default rule set as a typed value, for code that starts from it (copy, change a
 * threshold, pass it to `compileRuleSet`).
 *
 * It lives in a `.ts` module, not as a re-export of `default-rules.json`, because `tsc` ships no
 * JSON next to the declarations: a `.d.ts` that named the JSON file broke every consumer's
 * type-check (TS2732 under `node16`, TS2307 under `bundler`). The JSON's inferred type widens
 * each operator to `string`; `default-rules.test.ts` proves the file parses to exactly this
 * `RuleSet`, so the declared type is true.
 */
import json from './default-rules.json' with { type: 'json' };
import type { RuleSet } from './rule-set.js';

/**
 * The default rule set the sandbox decides with (see docs/risk.md).
 *
 * @example
 * ```ts
 * const strict = compileRuleSet({ ...DEFAULT_RULES, version: 'strict-1' });
 * ```
 */
export const DEFAULT_RULES: RuleSet = json as unknown as RuleSet;
