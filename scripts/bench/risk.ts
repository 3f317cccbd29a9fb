// The risk section of `npm run bench`: the risk engine, in both modes, against json-rules-engine
// on the same generated 2,400-rule set, at 1,300 indicators and with 20,000 facts a shop (the
// rules read 1,300). Every figure is the median of 3 runs; the engines must fire the same rules
// on sampled shops, or the bench fails.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Engine, type NestedCondition, type TopLevelCondition } from 'json-rules-engine';
import {
  compileRuleSet,
  syntheticRuleSet,
  syntheticShops,
  type CompileMode,
  type Condition,
  type Facts,
  type RuleSet,
} from '@xinghui/sandbox';
import type { BenchRow } from './table.js';

const RULES = 2_400;
const RUNS = 3;
const SEED = 14;
/** Decisions per run before timing (the generated passes need a few thousand to be optimised). */
const WARM_UP = Number(process.env.BENCH_RISK_WARM_UP ?? 4_000);
const MEASURED = Number(process.env.BENCH_RISK_DECISIONS ?? 3_000);
/** json-rules-engine decides some 20 a second: this many per run keeps it to seconds. */
const REFERENCE_DECISIONS = Number(process.env.BENCH_RISK_REFERENCE ?? 20);
const AGREEMENT_SAMPLE = 20;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
const quantile = (sorted: Float64Array, q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

interface EngineRun {
  perSecond: number;
  p50: number;
  p99: number;
  compileMs: number;
  heapMb: number;
}

/** One run of our engine: compile (timed), warm up, then time each decision on its own. */
function runEngine(
  ruleSet: RuleSet<string>,
  shops: readonly Facts[],
  mode: CompileMode,
): EngineRun {
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  const engine = compileRuleSet(ruleSet, { mode });
  const compileMs = performance.now() - started;
  gc();
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;

  for (let i = 0; i < WARM_UP; i++) engine.decideApplication(shops[i % shops.length]!);
  const times = new Float64Array(MEASURED);
  const begun = performance.now();
  for (let i = 0; i < MEASURED; i++) {
    const t0 = performance.now();
    engine.decideApplication(shops[i % shops.length]!);
    times[i] = performance.now() - t0;
  }
  const seconds = (performance.now() - begun) / 1000;
  times.sort();
  return {
    perSecond: MEASURED / seconds,
    p50: quantile(times, 0.5),
    p99: quantile(times, 0.99),
    compileMs,
    heapMb,
  };
}

// --- json-rules-engine, loaded with the same rules --------------------------------------------

const OPERATORS = {
  '<': 'lessThan',
  '<=': 'lessThanInclusive',
  '>': 'greaterThan',
  '>=': 'greaterThanInclusive',
  '==': 'equal',
  '!=': 'notEqual',
} as const;
const NEGATED = { '<': '>=', '<=': '>', '>': '<=', '>=': '<', '==': '!=', '!=': '==' } as const;

/**
 * A condition in json-rules-engine's terms, with the engine's meaning: `not` pushed down to the
 * tests, and a test of a missing fact never true (json-rules-engine's `notEqual` and `notIn`
 * would be true of an undefined fact, so those check `present` first).
 */
function translate(condition: Condition<string>, negated = false): NestedCondition {
  if ('not' in condition) return translate(condition.not, !negated);
  if ('all' in condition || 'any' in condition) {
    const all = 'all' in condition;
    const parts = (all ? condition.all : condition.any).map((part) => translate(part, negated));
    return all !== negated ? { all: parts } : { any: parts };
  }
  const fact = condition.indicator;
  const present = { fact, operator: 'present', value: true };
  if (condition.op === 'missing')
    return { fact, operator: negated ? 'present' : 'missing', value: true };
  if (condition.op === 'in') {
    const test = { fact, operator: negated ? 'notIn' : 'in', value: [...condition.values] };
    return negated ? { all: [present, test] } : test;
  }
  const op = negated ? NEGATED[condition.op] : condition.op;
  const test = { fact, operator: OPERATORS[op], value: condition.value };
  return op === '!=' ? { all: [present, test] } : test;
}

function referenceEngine(ruleSet: RuleSet<string>): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true });
  engine.addOperator('present', (fact: unknown) => fact !== undefined && fact !== null);
  engine.addOperator('missing', (fact: unknown) => fact === undefined || fact === null);
  for (const rule of ruleSet.rules) {
    if (rule.applies_to === 'limit_review') continue;
    const when = rule.when ? translate(rule.when) : { all: [] };
    const conditions = (
      'all' in when || 'any' in when ? when : { all: [when] }
    ) as TopLevelCondition;
    engine.addRule({ name: rule.id, conditions, event: { type: rule.id } });
  }
  return engine;
}

async function runReference(ruleSet: RuleSet<string>, shops: readonly Facts[]) {
  const engine = referenceEngine(ruleSet);
  await engine.run(shops[0]); // warm up
  const started = performance.now();
  for (let i = 0; i < REFERENCE_DECISIONS; i++) await engine.run(shops[i % shops.length]);
  return REFERENCE_DECISIONS / ((performance.now() - started) / 1000);
}

/** Both engines, both modes, fire the same rules on sampled shops: else the figures mean nothing. */
async function checkAgreement(ruleSet: RuleSet<string>, shops: readonly Facts[]) {
  const closures = compileRuleSet(ruleSet);
  const codegen = compileRuleSet(ruleSet, { mode: 'codegen' });
  const reference = referenceEngine(ruleSet);
  const order = new Map(ruleSet.rules.map((rule, i) => [rule.id, i]));
  for (const shop of shops.slice(0, AGREEMENT_SAMPLE)) {
    const ours = closures.decideApplication(shop);
    const generated = codegen.decideApplication(shop);
    const { events } = await reference.run(shop);
    const theirs = events.map((event) => event.type).sort((a, b) => order.get(a)! - order.get(b)!);
    if (JSON.stringify(generated) !== JSON.stringify(ours) || theirs.join() !== ours.fired.join()) {
      throw new Error('The risk bench: the engines disagree on a sampled shop');
    }
  }
}

async function section(label: string, indicators: number, read: number): Promise<BenchRow[]> {
  const ruleSet = syntheticRuleSet(RULES, SEED, { indicators, read });
  const shops = syntheticShops(200, SEED + 1, indicators);
  await checkAgreement(ruleSet, shops);
  const closures: EngineRun[] = [];
  const codegen: EngineRun[] = [];
  const reference: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    closures.push(runEngine(ruleSet, shops, 'closures'));
    codegen.push(runEngine(ruleSet, shops, 'codegen'));
    reference.push(await runReference(ruleSet, shops));
  }
  const m = (runs: EngineRun[], key: keyof EngineRun) => median(runs.map((run) => run[key]));
  const jre = median(reference);
  const ratio = (runs: EngineRun[]) => median(runs.map((run, i) => run.perSecond / reference[i]!)); // ratios within each run
  const row = (what: string, figure: string, target = '', met?: boolean): BenchRow => ({
    section: 'risk',
    what: `${label}: ${what}`,
    figure,
    target,
    ...(met === undefined ? {} : { met }),
  });
  const wide = indicators > read;
  const p99Target = wide ? 2 : 1;
  return [
    row('agreement, 3 engines', `${AGREEMENT_SAMPLE}/${AGREEMENT_SAMPLE} shops`, 'all agree', true),
    row(
      'decisions/s, closures',
      `${fmt(m(closures, 'perSecond'))}/s`,
      wide ? '' : '>= 5,000/s',
      wide ? undefined : m(closures, 'perSecond') >= 5_000,
    ),
    row(
      'p50 / p99, closures',
      `${fmt(m(closures, 'p50'), 3)} / ${fmt(m(closures, 'p99'), 3)} ms`,
      `p99 <= ${p99Target} ms`,
      m(closures, 'p99') <= p99Target,
    ),
    row('decisions/s, codegen', `${fmt(m(codegen, 'perSecond'))}/s`),
    row('p50 / p99, codegen', `${fmt(m(codegen, 'p50'), 3)} / ${fmt(m(codegen, 'p99'), 3)} ms`),
    row('decisions/s, json-rules-engine', `${fmt(jre, 1)}/s`),
    row(
      'ratio to json-rules-engine, closures',
      `${fmt(ratio(closures))}×`,
      wide ? '' : '>= 400×',
      wide ? undefined : ratio(closures) >= 400,
    ),
    row('ratio to json-rules-engine, codegen', `${fmt(ratio(codegen))}×`),
    row(
      'compile 2,400 rules, closures',
      `${fmt(m(closures, 'compileMs'))} ms`,
      '<= 200 ms',
      m(closures, 'compileMs') <= 200,
    ),
    row('compile 2,400 rules, codegen', `${fmt(m(codegen, 'compileMs'))} ms`),
    row(
      'engine heap, closures / codegen',
      `${fmt(m(closures, 'heapMb'), 1)} / ${fmt(m(codegen, 'heapMb'), 1)} MB`,
    ),
  ];
}

/** The risk rows of the bench table. */
export async function benchRisk(): Promise<BenchRow[]> {
  return [
    ...(await section('1,300 indicators', 1_300, 1_300)),
    ...(await section('20,000 facts (1,300 read)', 20_000, 1_300)),
  ];
}
