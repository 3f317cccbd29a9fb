import type { Facts } from './catalogue.js';
import { compileRuleSet } from './compile.js';
import type { CompileMode } from './compiled-rule.js';
import DEFAULT_RULES from './default-rules.json' with { type: 'json' };
import type { RiskEngine } from './risk-engine.js';
import { INDICATORS, INDUSTRY_CODES, type IndicatorUnit } from './indicators.js';
import {
  COMPARISON_OPS,
  parseRuleSet,
  type Condition,
  type IndicatorEntry,
  type Rule,
  type RuleEffect,
  type RuleSet,
} from './rule-set.js';

// Synthetic rule sets and shops, seeded, for the property tests and the benchmark: the same
// seed gives the same rules and shops on every machine, so runs can be compared.

/** A seeded PRNG (mulberry32): `random()` in [0, 1). Not for anything secret. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type Random = () => number;
const below = (random: Random, n: number) => Math.floor(random() * n);
const pick = <T>(random: Random, items: readonly T[]): T => items[below(random, items.length)]!;

const INDUSTRY_VALUES = Object.values(INDUSTRY_CODES);

/** Plausible values of each unit, so that synthetic tests fire some of the time. */
function valueFor(random: Random, unit: IndicatorUnit): number {
  switch (unit) {
    case 'months':
      return below(random, 121);
    case 'days':
      return below(random, 366);
    case 'count':
      return below(random, 61);
    case 'fen':
      return below(random, 50_000_001);
    case 'bp':
      return below(random, 10_001);
    case 'percent':
      return below(random, 401) - 100;
    case 'code':
      return pick(random, INDUSTRY_VALUES);
  }
}

/** An indicator as the generator sees it: a name and what its integer counts. */
interface Indicator {
  readonly name: string;
  readonly unit: IndicatorUnit;
}

const UNITS: readonly IndicatorUnit[] = ['count', 'fen', 'bp', 'days', 'months', 'percent'];

/** The indicators a synthetic rule set adds to reach `total`: `x_00023`…, units in turn. */
function addedIndicators(total: number): IndicatorEntry[] {
  return Array.from({ length: Math.max(0, total - INDICATORS.length) }, (_, k) => ({
    name: `x_${String(INDICATORS.length + k).padStart(5, '0')}`,
    unit: UNITS[k % UNITS.length]!,
  }));
}

function catalogue(total: number): Indicator[] {
  return [...INDICATORS, ...addedIndicators(total)];
}

function syntheticCondition(
  random: Random,
  depth: number,
  read: readonly Indicator[],
): Condition<string> {
  const roll = random();
  if (depth < 3 && roll < 0.35) {
    const parts = Array.from({ length: 2 + below(random, 3) }, () =>
      syntheticCondition(random, depth + 1, read),
    );
    return random() < 0.5 ? { all: parts } : { any: parts };
  }
  if (depth < 3 && roll < 0.45) return { not: syntheticCondition(random, depth + 1, read) };

  const { name: indicator, unit } = pick(random, read);
  const kind = random();
  if (kind < 0.05) return { indicator, op: 'missing' };
  if (kind < 0.2) {
    const values = Array.from({ length: 1 + below(random, 4) }, () => valueFor(random, unit));
    return { indicator, op: 'in', values };
  }
  return { indicator, op: pick(random, COMPARISON_OPS), value: valueFor(random, unit) };
}

function syntheticRule(
  random: Random,
  n: number,
  reasons: readonly string[],
  read: readonly Indicator[],
): Rule<string> {
  const applies_to = pick(random, ['application', 'limit_review', 'both'] as const);
  // Small scores keep the total inside 0..1000, so the score itself is compared, not a clamp.
  const then: { -readonly [K in keyof RuleEffect<string>]: RuleEffect<string>[K] } = {
    reason: pick(random, reasons),
    score: below(random, 11) - 5,
  };
  const roll = random();
  if (applies_to === 'application' && roll < 0.004)
    then.outcome = roll < 0.002 ? 'decline' : 'refer';
  if (applies_to === 'limit_review' && roll < 0.01) then.outcome = 'hold';
  if (random() < 0.05) {
    then.propose_limit = {
      indicator: 'gmv_90d_fen',
      bp: 1000 + below(random, 9000),
      min_fen: 500_000,
    };
  }
  if (random() < 0.05) then.cap_limit = { fen: 1_000_000 + below(random, 40) * 100_000 };
  return {
    id: `synthetic_${String(n).padStart(5, '0')}`,
    description: { 'zh-CN': `合成规则 ${n}`, en: `Synthetic rule ${n}` },
    applies_to,
    ...(random() < 0.01 ? {} : { when: syntheticCondition(random, 0, read) }),
    then,
  };
}

/** The size of a synthetic catalogue and how much of it the rules read. */
export interface SyntheticCatalogue {
  /**
   * Indicators in the catalogue: the shipped ones, then added ones up to this total.
   * @default the shipped catalogue's 23
   */
  indicators?: number;
  /**
   * The rules test only the first this many (a shop's record may hold far more than the
   * rules read).
   * @default all of them
   */
  read?: number;
}

/**
 * A valid rule set of `count` random rules (every operator, `not`, `in`, `missing`, nesting to
 * depth 3) with the default rule set's bands, bounds and reasons; with `indicators`, it adds
 * indicators of its own up to that total, and its rules test the first `read` of them.
 */
export function syntheticRuleSet(
  count: number,
  seed = 1,
  size: SyntheticCatalogue = {},
): RuleSet<string> {
  const defaults = parseRuleSet(DEFAULT_RULES);
  const random = prng(seed);
  const reasons = Object.keys(defaults.reasons);
  const all = catalogue(size.indicators ?? INDICATORS.length);
  const read = all.slice(0, size.read ?? all.length);
  const indicators = addedIndicators(all.length);
  return {
    ...defaults,
    version: `synthetic-${count}-${seed}`,
    ...(indicators.length > 0 ? { indicators } : {}),
    rules: Array.from({ length: count }, (_, n) => syntheticRule(random, n, reasons, read)),
  };
}

/**
 * `count` random shops: every indicator of the catalogue (shipped, or `indicators` in all) in a
 * plausible range, one in ten missing.
 */
export function syntheticShops(count: number, seed = 2, indicators?: number): Facts[] {
  const random = prng(seed);
  const all = catalogue(indicators ?? INDICATORS.length);
  return Array.from({ length: count }, () => {
    const shop: Record<string, number> = {};
    for (const { name, unit } of all) {
      if (random() >= 0.1) shop[name] = valueFor(random, unit);
    }
    return shop;
  });
}

/** Options of {@link createRiskWorkload}. */
export interface RiskWorkloadOptions extends SyntheticCatalogue {
  /** @default 2400, the bank's rule count */
  rules?: number;
  /** @default 1000 */
  shops?: number;
  /** @default 1 */
  seed?: number;
  /** @default 'closures' */
  mode?: CompileMode;
}

/** A prepared benchmark: time `run()`, nothing else. */
export interface RiskWorkload {
  /** The rule set as JSON, to load into another engine (json-rules-engine) for comparison. */
  readonly ruleSet: RuleSet<string>;
  readonly engine: RiskEngine;
  /** The shops as named values (facts, for another engine). */
  readonly shops: readonly Facts[];
  /** Decides every shop's credit application once, from indicator arrays; returns approvals. */
  run(): number;
  /** The same from the named facts, as a caller holding a shop's record would. */
  runFromFacts(): number;
}

/**
 * Builds the risk benchmark's workload: a synthetic rule set compiled, and shops already turned
 * into indicator arrays, so that `run()` times decisions and nothing else.
 *
 * @example
 * ```ts
 * const workload = createRiskWorkload({ rules: 2400, shops: 1000 });
 * const started = performance.now();
 * workload.run();
 * const perSecond = 1000 / ((performance.now() - started) / 1000);
 * ```
 */
export function createRiskWorkload(options: RiskWorkloadOptions = {}): RiskWorkload {
  const { rules = 2400, shops = 1000, seed = 1, mode = 'closures' } = options;
  const ruleSet = syntheticRuleSet(rules, seed, options);
  const engine = compileRuleSet(ruleSet, { mode });
  const values = syntheticShops(shops, seed + 1, options.indicators);
  const arrays = values.map((shop) => engine.catalogue.build(shop));
  return {
    ruleSet,
    engine,
    shops: values,
    run() {
      let approved = 0;
      for (const shop of arrays) {
        if (engine.decideApplication(shop).outcome === 'approve') approved++;
      }
      return approved;
    },
    runFromFacts() {
      let approved = 0;
      for (const shop of values) {
        if (engine.decideApplication(shop).outcome === 'approve') approved++;
      }
      return approved;
    },
  };
}
