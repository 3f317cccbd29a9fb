/*
 * `compileRuleSet`, in either mode: the codegen mode is imported here only, so that what the
 * engine reaches (`compile-core.ts`, through `risk/index.ts`) holds no `new Function`. Only the
 * package's full entry (`@xinghui/sandbox`) and the CLI import this file.
 */
import { codegenPass } from './codegen.js';
import { compileRules } from './compile-core.js';
import type { CompileMode } from './compiled-rule.js';
import type { RiskEngine } from './risk-engine.js';

// What the risk tests import from here, as before the split.
export { compileCondition, compileLimit, defaultRiskEngine } from './compile-core.js';

/** Options of {@link compileRuleSet}. */
export interface CompileOptions {
  /**
   * `closures` (the default) compiles every test into a closure: no `eval` or `new Function`, so
   * the engine loads under a strict Content-Security-Policy. `codegen` generates the rule passes
   * as JavaScript with `new Function`, faster where eval is allowed; both decide identically.
   * @default 'closures'
   */
  mode?: CompileMode;
}

/**
 * Validates a rule set and compiles each rule, once, into closures over the indicator array
 * (or, with `mode: 'codegen'`, into generated functions). Call it at start; the engine it
 * returns is immutable and may serve every decision.
 *
 * @param json - a rule set as parsed JSON (see docs/risk.md), e.g. `default-rules.json`
 * @throws {@link RuleSetError} when the rule set is invalid
 * @throws EvalError with `mode: 'codegen'` where code generation is forbidden (CSP)
 * @example
 * ```ts
 * const engine = compileRuleSet(JSON.parse(text));
 * engine.decideApplication({ months_trading: 36, gmv_90d_fen: 12_000_000 });
 * ```
 */
export function compileRuleSet(json: unknown, options: CompileOptions = {}): RiskEngine {
  const mode = options.mode ?? 'closures';
  if (mode !== 'closures' && mode !== 'codegen') {
    throw new TypeError(`mode is 'closures' or 'codegen'; got ${JSON.stringify(mode)}`);
  }
  return compileRules(json, mode === 'codegen' ? codegenPass : undefined);
}
