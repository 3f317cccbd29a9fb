import type { ApplicationDecision, LimitReviewDecision, Reason } from './decision.js';
import { bandOf, roundLimit } from './decision.js';
import type { RuleSet } from './rule-set.js';

/**
 * Who a decision is about, as far as scenario triggers care: the shop's business name and its
 * unified social credit code.
 */
export interface ScenarioSubject {
  readonly business_name?: string;
  readonly credit_code?: string;
}

/** The reason every scenario decision gives. */
export const SCENARIO_REASON: Reason = {
  code: 'scenario_trigger',
  message_zh: '沙盒测试场景：结果由企业名称或信用代码中的触发词指定',
  message_en:
    'Sandbox test scenario: the outcome was set by a trigger in the business name or credit code',
};

/**
 * Credit codes that force an application's outcome, for partners whose test shops have fixed
 * names. Each has a valid check character, so it passes the bank's validation.
 */
export const SCENARIO_CREDIT_CODES: Readonly<Record<string, 'approve' | 'decline' | 'refer'>> = {
  '9100000000000000AJ': 'approve',
  '9100000000000000DU': 'decline',
  '9100000000000000R1': 'refer',
};

/** The limit `[approve]` grants when no `[limit:…]` names one: 20,000 yuan. */
export const SCENARIO_DEFAULT_LIMIT_FEN = 2_000_000;

const TRIGGER =
  /\[(approve|decline|refer|raise|hold|cut|limit:(\d{1,9})|apr:(\d{1,2}(?:\.\d{1,4})?)|score:(\d{1,4}))\]/gi;

/** The highest APR `[apr:N]` may set: 24% a year. */
export const SCENARIO_MAX_APR_PERCENT = 24;

interface Triggers {
  words: Set<string>;
  limitFen?: number;
  /** `[apr:N]`: the APR as a rate string, N percent exactly. */
  apr?: string;
  /** `[score:N]`: decide as the band of this score would. */
  score?: number;
}

/** N percent (up to 4 decimals) as a rate string, exactly: '7.3' → '0.073'. */
function percentToRate(percent: string): string {
  const [whole, fraction = ''] = percent.split('.');
  const millionths = Number(whole) * 10_000 + Number(fraction.padEnd(4, '0'));
  const digits = String(millionths).padStart(7, '0');
  return `${digits.slice(0, -6)}.${digits.slice(-6)}`.replace(/\.?0+$/, '');
}

/** The triggers in a subject: outcome words, a limit in fen, an APR and a score, if any. */
function triggersOf(subject: ScenarioSubject): Triggers {
  const triggers: Triggers = { words: new Set<string>() };
  for (const match of (subject.business_name ?? '').matchAll(TRIGGER)) {
    if (match[2] !== undefined) triggers.limitFen = Number(match[2]) * 100;
    else if (match[3] !== undefined) {
      if (Number(match[3]) <= SCENARIO_MAX_APR_PERCENT) triggers.apr = percentToRate(match[3]);
    } else if (match[4] !== undefined) triggers.score = Math.min(1000, Number(match[4]));
    else triggers.words.add(match[1]!.toLowerCase());
  }
  const byCode = SCENARIO_CREDIT_CODES[subject.credit_code?.toUpperCase() ?? ''];
  if (byCode) triggers.words.add(byCode);
  return triggers;
}

/**
 * The decision a scenario trigger forces on a credit application, or `undefined` to let the
 * rules decide. `[decline]` beats `[refer]`, which beats `[approve]` and `[limit:N]`. No rule
 * runs: the score is the rule set's base score and `fired` is empty.
 */
export function applicationScenario(
  ruleSet: RuleSet,
  subject: ScenarioSubject,
): ApplicationDecision | undefined {
  const { words, limitFen, apr, score: asked } = triggersOf(subject);
  const score = asked ?? ruleSet.score.base;
  const base = {
    kind: 'application',
    score,
    reasons: [SCENARIO_REASON],
    fired: [],
    rule_set: ruleSet.version,
  } as const;
  if (words.has('decline')) return { ...base, outcome: 'decline' };
  if (words.has('refer')) return { ...base, outcome: 'refer' };
  const band = bandOf(ruleSet, score);
  // `[score:N]` alone decides as that score's band: approve, refer or decline.
  if (asked !== undefined && !words.has('approve') && band.outcome !== 'approve')
    return { ...base, outcome: band.outcome };
  if (!words.has('approve') && limitFen === undefined && apr === undefined && asked === undefined)
    return undefined;

  // Priced as the score would be (the base score's by default); if that band does not approve,
  // as the lowest approving one. `[apr:N]` sets the APR itself.
  const approving = ruleSet.score.bands.filter((b) => b.outcome === 'approve');
  const priced = band.outcome === 'approve' ? band : approving.at(-1)!;
  return {
    ...base,
    outcome: 'approve',
    limit: roundLimit(limitFen ?? SCENARIO_DEFAULT_LIMIT_FEN, ruleSet.application),
    apr: apr ?? priced.apr,
    terms: priced.terms,
  };
}

/**
 * The decision a scenario trigger forces on a limit review, or `undefined` to let the rules
 * decide. `[limit:N]` sets the new limit; otherwise `[cut]` halves it, `[hold]` keeps it and
 * `[raise]` doubles it, in that order of precedence, always within the review's bounds.
 */
export function limitReviewScenario(
  ruleSet: RuleSet,
  subject: ScenarioSubject,
  currentLimitFen: number,
): LimitReviewDecision | undefined {
  const { words, limitFen } = triggersOf(subject);
  let target: number;
  if (limitFen !== undefined) target = limitFen;
  else if (words.has('cut')) target = Math.floor(currentLimitFen / 2);
  else if (words.has('hold')) target = currentLimitFen;
  else if (words.has('raise')) target = currentLimitFen * 2;
  else return undefined;

  const limit = target === currentLimitFen ? target : roundLimit(target, ruleSet.limit_review);
  return {
    kind: 'limit_review',
    outcome: limit > currentLimitFen ? 'raise' : limit < currentLimitFen ? 'cut' : 'hold',
    score: ruleSet.score.base,
    limit,
    previous_limit: currentLimitFen,
    reasons: [SCENARIO_REASON],
    fired: [],
    rule_set: ruleSet.version,
  };
}
