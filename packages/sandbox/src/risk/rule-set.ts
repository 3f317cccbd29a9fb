import { LoanTermParams, Rate, z, type LoanTerm } from '@xinghui/contract';
import { MAX_INDICATOR_VALUE, type IndicatorName, type IndicatorUnit } from './indicators.js';
import { checkIndicators } from './indicator-references.js';
import { RuleSetError, type Problem } from './rule-set-error.js';
import { describeProblem, explainIssue } from './rule-set-messages.js';

// ---------------------------------------------------------------------------------------------
// The JSON format, as types (docs/risk.md shows it with examples)
// ---------------------------------------------------------------------------------------------

/** A text in both languages the bank speaks. */
export interface LocalizedText {
  readonly 'zh-CN': string;
  readonly en: string;
}

/** Operators comparing an indicator with a number. */
export const COMPARISON_OPS = ['<', '<=', '>', '>=', '==', '!='] as const;
/** A comparison a rule's condition may make. */
export type ComparisonOp = (typeof COMPARISON_OPS)[number];

/** `{ "indicator": "orders_90d", "op": ">=", "value": 6 }` */
export interface Comparison<Name extends string = IndicatorName> {
  readonly indicator: Name;
  readonly op: ComparisonOp;
  readonly value: number;
}

/** `{ "indicator": "industry_code", "op": "in", "values": [1, 2] }` */
export interface Membership<Name extends string = IndicatorName> {
  readonly indicator: Name;
  readonly op: 'in';
  readonly values: readonly number[];
}

/** `{ "indicator": "gmv_90d_fen", "op": "missing" }`: true when the platform does not know it. */
export interface MissingTest<Name extends string = IndicatorName> {
  readonly indicator: Name;
  readonly op: 'missing';
}

/**
 * When a rule fires. A test on a missing indicator is never satisfied, and neither is its
 * negation (`not`): only `missing` looks at absent data.
 */
export type Condition<Name extends string = IndicatorName> =
  | { readonly all: readonly Condition<Name>[] }
  | { readonly any: readonly Condition<Name>[] }
  | { readonly not: Condition<Name> }
  | Comparison<Name>
  | Membership<Name>
  | MissingTest<Name>;

/**
 * A limit as data: `fen + indicator × bp / 10 000` (rounded toward zero), then kept within
 * `min_fen`..`max_fen`. A formula over an indicator that is missing gives no limit.
 *
 * @example
 * ```json
 * { "indicator": "gmv_90d_fen", "bp": 4000, "min_fen": 500000, "max_fen": 5000000 }
 * ```
 */
export interface LimitFormula<Name extends string = IndicatorName> {
  readonly fen?: number;
  readonly indicator?: Name;
  readonly bp?: number;
  readonly min_fen?: number;
  readonly max_fen?: number;
}

/** What a rule does when it fires. */
export interface RuleEffect<Name extends string = IndicatorName> {
  /** The reason code it adds; its text is in the rule set's `reasons`. */
  readonly reason: string;
  /** Points added to the score (negative to subtract). */
  readonly score?: number;
  /** Forces an outcome: `decline` or `refer` an application, `hold` a limit review. */
  readonly outcome?: 'decline' | 'refer' | 'hold';
  /** A limit this rule supports; the decision takes the highest proposal. */
  readonly propose_limit?: LimitFormula<Name>;
  /** A limit this rule will not let the line exceed; the lowest cap wins. */
  readonly cap_limit?: LimitFormula<Name>;
}

/** Which decision a rule takes part in. */
export type AppliesTo = 'application' | 'limit_review' | 'both';

/** One rule: an id, what it means, when it fires, what it does. */
export interface Rule<Name extends string = IndicatorName> {
  readonly id: string;
  readonly description: LocalizedText;
  readonly applies_to: AppliesTo;
  /** Left out: the rule always fires (a base line, a per-review cap). */
  readonly when?: Condition<Name>;
  readonly then: RuleEffect<Name>;
}

/** A score band, from the best down: approve at a price, or refer or decline for a reason. */
export type ScoreBand =
  | {
      readonly min_score: number;
      readonly outcome: 'approve';
      /** The APR a line approved in this band carries, e.g. `"0.1095"`. */
      readonly apr: string;
      /** The loan terms a line in this band may draw with. */
      readonly terms: readonly LoanTerm[];
    }
  | { readonly min_score: number; readonly outcome: 'refer' | 'decline'; readonly reason: string };

/** Floor and ceiling of the limits one kind of decision grants, in fen. */
export interface LimitBounds {
  readonly floor_fen: number;
  readonly ceiling_fen: number;
}

/**
 * An indicator a rule set adds to the shipped catalogue, e.g.
 * `{ "name": "tax_paid_12m_fen", "unit": "fen" }`. Its slot follows the shipped ones, in file order.
 */
export interface IndicatorEntry {
  /** snake_case, unique across the shipped catalogue and the file. */
  readonly name: string;
  readonly unit: IndicatorUnit;
  /** A grouping for people (the shipped ones use `IndicatorFamily`); the engine ignores it. */
  readonly family?: string;
  readonly description?: LocalizedText;
}

/**
 * A whole rule set, as `default-rules.json` holds it. `Name` is the type of the indicator names
 * its rules use: the shipped catalogue's, or any string for a rule set with `indicators`.
 */
export interface RuleSet<Name extends string = IndicatorName> {
  readonly version: string;
  readonly description?: LocalizedText;
  /** Every decision starts at `base`; rules add points; the total is kept within 0..1000. */
  readonly score: { readonly base: number; readonly bands: readonly ScoreBand[] };
  readonly application: LimitBounds;
  readonly limit_review: LimitBounds & {
    /** The reason given when a review finds nothing to change. */
    readonly hold_reason: string;
  };
  /** Plain-language text of every reason code. */
  readonly reasons: Readonly<Record<string, LocalizedText>>;
  /** Indicators beyond the shipped catalogue that the rules may test (up to 20,000). */
  readonly indicators?: readonly IndicatorEntry[];
  readonly rules: readonly Rule<Name>[];
}

// ---------------------------------------------------------------------------------------------
// The schema: the shape of each part, with messages an analyst can act on
// ---------------------------------------------------------------------------------------------

/** Limits are granted in whole hundreds of yuan. */
export const LIMIT_STEP_FEN = 10_000;
/** Scores are kept within 0..MAX_SCORE. */
export const MAX_SCORE = 1000;

const CODE = /^[a-z][a-z0-9_]*$/;
const RULE_ID = /^[a-z0-9][a-z0-9_.-]*$/;
const FORMS = ['all', 'any', 'not', 'indicator'] as const;

const TextSchema = z.strictObject({
  'zh-CN': z.string().check(z.minLength(1, 'needs the zh-CN text')),
  en: z.string().check(z.minLength(1, 'needs the en text')),
});

// A name's shape only: whether the catalogue (shipped + the file's) has it is checked after, so
// a rule set may bring its own indicators (a closed enum here is what refused them, issue 14).
const IndicatorNameSchema = z
  .string()
  .check(z.regex(CODE, 'indicator names are snake_case'), z.maxLength(100));

/** How many indicators a rule set may add: a bank's 1,300 and far more, within reason. */
export const MAX_ADDED_INDICATORS = 20_000;

const IndicatorEntrySchema = z.strictObject({
  name: IndicatorNameSchema,
  unit: z.enum(['months', 'days', 'count', 'fen', 'bp', 'percent', 'code']),
  family: z.optional(z.string().check(z.minLength(1))),
  description: z.optional(TextSchema),
});

const IndicatorValue = z
  .int()
  .check(z.minimum(-MAX_INDICATOR_VALUE), z.maximum(MAX_INDICATOR_VALUE));

const OpSchema = z.enum([...COMPARISON_OPS, 'in', 'missing'], {
  error: (issue) =>
    `unknown op ${JSON.stringify(issue.input)}: use one of ${COMPARISON_OPS.join(' ')} in missing`,
});

// One object with every key optional, checked for its form below, rather than a union: a union
// that matches nothing can only say "invalid input", and an analyst needs "unknown op '=>'".
const ConditionSchema: z.ZodMiniType<Condition> = z.lazy(() =>
  z
    .strictObject({
      all: z.optional(z.array(ConditionSchema)),
      any: z.optional(z.array(ConditionSchema)),
      not: z.optional(ConditionSchema),
      indicator: z.optional(IndicatorNameSchema),
      op: z.optional(OpSchema),
      value: z.optional(IndicatorValue),
      values: z.optional(z.array(IndicatorValue).check(z.minLength(1, 'list at least one value'))),
    })
    .check(z.superRefine(checkConditionForm)),
) as unknown as z.ZodMiniType<Condition>; // the check above guarantees one of the union's forms

/** The keys a condition may hold are right for its form: one form, and an op with its operand. */
function checkConditionForm(
  condition: { [key in (typeof FORMS)[number] | 'op' | 'value' | 'values']?: unknown },
  ctx: z.core.$RefinementCtx,
): void {
  const problem = (message: string, key?: string) =>
    ctx.addIssue({ code: 'custom', message, path: key === undefined ? [] : [key] });
  const forms = FORMS.filter((form) => condition[form] !== undefined);
  if (forms.length !== 1) {
    const found = forms.join(', ') || 'none';
    return problem(
      `a condition is one of {all}, {any}, {not} or {indicator, op, …}; found ${found}`,
    );
  }
  const { op, value, values } = condition;
  if (forms[0] !== 'indicator') {
    if (op !== undefined) problem('op belongs with indicator', 'op');
    return;
  }
  if (op === undefined) return problem('a test needs an op', 'op');
  const comparison = op !== 'in' && op !== 'missing';
  if (comparison !== (value !== undefined)) {
    problem(`op ${String(op)} ${comparison ? 'needs a value' : 'takes no value'}`, 'value');
  }
  if ((op === 'in') !== (values !== undefined)) {
    problem(`op ${String(op)} ${op === 'in' ? 'needs values: [..]' : 'takes no values'}`, 'values');
  }
}

const Fen = z.int().check(z.minimum(0, 'must be zero or more fen'), z.maximum(MAX_INDICATOR_VALUE));

const LimitFormulaSchema = z
  .strictObject({
    fen: z.optional(Fen),
    indicator: z.optional(IndicatorNameSchema),
    bp: z.optional(z.int().check(z.minimum(0), z.maximum(100_000, 'at most 100000 bp (10×)'))),
    min_fen: z.optional(Fen),
    max_fen: z.optional(Fen),
  })
  .check(
    z.superRefine((formula, ctx) => {
      if ((formula.indicator === undefined) !== (formula.bp === undefined)) {
        ctx.addIssue({ code: 'custom', message: 'indicator and bp go together' });
      }
      if (formula.fen === undefined && formula.indicator === undefined) {
        ctx.addIssue({ code: 'custom', message: 'a limit needs fen, or indicator and bp' });
      }
      if (formula.min_fen !== undefined && formula.max_fen !== undefined) {
        if (formula.min_fen > formula.max_fen) {
          ctx.addIssue({ code: 'custom', message: 'min_fen is above max_fen' });
        }
      }
    }),
  );

const RuleSchema = z.strictObject({
  id: z.string().check(z.regex(RULE_ID, 'rule ids are lower case: letters, digits, _ . -')),
  description: TextSchema,
  applies_to: z.enum(['application', 'limit_review', 'both']),
  when: z.optional(ConditionSchema),
  then: z.strictObject({
    reason: z.string().check(z.regex(CODE, 'reason codes are snake_case')),
    score: z.optional(z.int().check(z.minimum(-MAX_SCORE), z.maximum(MAX_SCORE))),
    outcome: z.optional(z.enum(['decline', 'refer', 'hold'])),
    propose_limit: z.optional(LimitFormulaSchema),
    cap_limit: z.optional(LimitFormulaSchema),
  }),
});

const Score = z.int().check(z.minimum(0), z.maximum(MAX_SCORE));

const ScoreBandSchema = z.discriminatedUnion('outcome', [
  z.strictObject({
    min_score: Score,
    outcome: z.literal('approve'),
    apr: Rate,
    terms: z.array(LoanTermParams).check(z.minLength(1, 'list at least one term')),
  }),
  z.strictObject({
    min_score: Score,
    outcome: z.enum(['refer', 'decline']),
    reason: z.string(),
  }),
]);

const BoundsShape = { floor_fen: Fen, ceiling_fen: Fen };

const RuleSetSchema = z.strictObject({
  version: z.string().check(z.minLength(1)),
  description: z.optional(TextSchema),
  score: z.strictObject({
    base: Score,
    bands: z.array(ScoreBandSchema).check(z.minLength(1)),
  }),
  application: z.strictObject(BoundsShape),
  limit_review: z.strictObject({ ...BoundsShape, hold_reason: z.string() }),
  reasons: z.record(z.string().check(z.regex(CODE, 'reason codes are snake_case')), TextSchema),
  indicators: z.optional(
    z
      .array(IndicatorEntrySchema)
      .check(z.maxLength(MAX_ADDED_INDICATORS, `at most ${MAX_ADDED_INDICATORS} indicators`)),
  ),
  rules: z.array(RuleSchema),
});

// ---------------------------------------------------------------------------------------------
// Loading
// ---------------------------------------------------------------------------------------------

type Path = readonly PropertyKey[];

/**
 * Validates a rule set (parsed JSON) and returns it typed. Unknown indicators, bad operators,
 * reason codes without text, duplicate ids and inconsistent bands are load errors, never
 * decision-time surprises.
 *
 * @throws {@link RuleSetError} listing every problem, each naming its rule
 * @example
 * ```ts
 * const ruleSet = parseRuleSet(JSON.parse(text));
 * ```
 */
export function parseRuleSet(input: unknown): RuleSet<string> {
  const parsed = RuleSetSchema.safeParse(input, { error: explainIssue });
  const problems: Problem[] = parsed.success
    ? [
        ...checkIndicators(parsed.data as RuleSet<string>),
        ...checkMeaning(parsed.data as RuleSet<string>),
      ]
    : parsed.error.issues.map((issue) => ({ path: issue.path, message: issue.message }));
  if (problems.length > 0) {
    throw new RuleSetError(problems.map((problem) => describeProblem(problem, input)));
  }
  return parsed.data as RuleSet<string>;
}

/** The checks a schema cannot make: references between parts and the order of bands. */
function checkMeaning(ruleSet: RuleSet<string>): Problem[] {
  const problems: Problem[] = [];
  const needText = (code: string, path: Path) => {
    if (!Object.hasOwn(ruleSet.reasons, code)) {
      problems.push({
        path,
        message: `reason code ${JSON.stringify(code)} has no text in reasons`,
      });
    }
  };

  const seen = new Set<string>();
  ruleSet.rules.forEach((rule, i) => {
    if (seen.has(rule.id)) {
      problems.push({ path: ['rules', i, 'id'], message: 'duplicate rule id' });
    }
    seen.add(rule.id);
    needText(rule.then.reason, ['rules', i, 'then', 'reason']);
    const { outcome } = rule.then;
    if ((outcome === 'decline' || outcome === 'refer') && rule.applies_to !== 'application') {
      problems.push({
        path: ['rules', i, 'then', 'outcome'],
        message: `${outcome} applies to applications only: set applies_to to "application"`,
      });
    }
    if (outcome === 'hold' && rule.applies_to !== 'limit_review') {
      problems.push({
        path: ['rules', i, 'then', 'outcome'],
        message: 'hold applies to limit reviews only: set applies_to to "limit_review"',
      });
    }
  });

  const bands = ruleSet.score.bands;
  bands.forEach((band, i) => {
    if (band.outcome !== 'approve') needText(band.reason, ['score', 'bands', i, 'reason']);
    const above = bands[i - 1];
    if (above !== undefined && band.min_score >= above.min_score) {
      problems.push({
        path: ['score', 'bands', i],
        message: 'bands go from the highest min_score down',
      });
    }
  });
  if (bands.at(-1)?.min_score !== 0) {
    problems.push({ path: ['score', 'bands'], message: 'the last band must start at min_score 0' });
  }
  if (!bands.some((band) => band.outcome === 'approve')) {
    problems.push({ path: ['score', 'bands'], message: 'at least one band must approve' });
  }

  for (const section of ['application', 'limit_review'] as const) {
    const { floor_fen, ceiling_fen } = ruleSet[section];
    if (floor_fen > ceiling_fen) {
      problems.push({ path: [section], message: 'floor_fen is above ceiling_fen' });
    }
    if (floor_fen % LIMIT_STEP_FEN !== 0 || ceiling_fen % LIMIT_STEP_FEN !== 0) {
      problems.push({
        path: [section],
        message: 'floor and ceiling are whole hundreds of yuan (10000 fen)',
      });
    }
  }
  needText(ruleSet.limit_review.hold_reason, ['limit_review', 'hold_reason']);
  return problems;
}
