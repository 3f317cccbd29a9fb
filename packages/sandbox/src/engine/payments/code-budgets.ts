import { addDays, shanghaiDate, startOfShanghaiDay } from '@xinghui/contract';
import { ApiError } from '../core/api-error.js';
import type { Context } from '../core/context.js';
import type { CodeBudgetRecord } from '../core/records.js';

/**
 * Every limit on one-time codes, in one place: what the bank enforces (verification-codes.ts),
 * what `docs/security.md` prints and what {@link bestAttackerChance} computes the attacker's
 * odds from. A page's credentials are assumed to be in an attacker's hands, so the limits that
 * matter are per phone (the shop owner's phone, whichever of the partner's sessions asks) and
 * per bank day (Asia/Shanghai, on the partner's test clock), not per code. (Each sandbox
 * partner keeps its own counts, so tests that share a phone number never share a budget.)
 */
export const CODE_BUDGETS = {
  /** Digits of a code: 10^6 equally likely codes. */
  digits: 6,
  /** Seconds a code stays valid. */
  lifetimeSeconds: 300,
  /** Seconds before the same session may ask for another code (`resend_too_soon`). */
  resendAfterSeconds: 60,
  /** Wrong tries that lock one code. */
  attemptsPerCode: 5,
  /** Codes one session may ever send, resends included. */
  codesPerSession: 5,
  /** Codes one phone may be sent per bank day, over all its sessions. */
  codesPerPhonePerDay: 10,
  /** Wrong codes one phone's sessions may type per bank day; after that no code is checked. */
  wrongGuessesPerPhonePerDay: 20,
  /**
   * Seconds the phone must wait for a new code after its 1st, 2nd, 3rd, … locked code of the
   * day (the last wait repeats): each lock makes the next wait longer.
   */
  lockWaitsSeconds: [300, 1_800, 7_200, 21_600],
} as const;

/** The shape of {@link CODE_BUDGETS}: the limits one-time codes are sent and guessed under. */
export type CodeBudgets = {
  readonly [K in keyof typeof CODE_BUDGETS]: (typeof CODE_BUDGETS)[K] extends readonly number[]
    ? readonly number[]
    : number;
};

/** The wait after the `locks`-th locked code of the day (1-based). */
export function lockWait(budgets: CodeBudgets, locks: number): number {
  const waits = budgets.lockWaitsSeconds;
  return waits[Math.min(locks, waits.length) - 1] ?? 0;
}

function budgetIdOf(partner: string, phone: string): string {
  return `cb_${partner}_${phone}`;
}

/** Seconds from `now` to the next Asia/Shanghai midnight, when the daily counts start again. */
export function secondsToNextBankDay(now: number): number {
  return startOfShanghaiDay(addDays(shanghaiDate(now), 1)) - now;
}

/** The phone's counts for today (a new bank day starts from zero; a lock's wait carries over). */
export function phoneBudget(ctx: Context, phone: string): CodeBudgetRecord {
  const id = budgetIdOf(ctx.partner.id, phone);
  const today = shanghaiDate(ctx.now);
  const stored = ctx.store.get<CodeBudgetRecord>('code_budgets', id);
  if (stored?.day === today) return stored;
  return {
    id,
    partner: ctx.partner.id,
    phone,
    day: today,
    codes_sent: 0,
    wrong_guesses: 0,
    locks: 0,
    blocked_until: stored?.blocked_until ?? 0,
  };
}

export function saveBudget(ctx: Context, budget: CodeBudgetRecord): void {
  if (ctx.store.get('code_budgets', budget.id)) ctx.store.update('code_budgets', budget);
  else ctx.store.insert('code_budgets', budget);
}

/** A refusal of the code budgets: `429 rate_limited` with the seconds until it lifts. */
export function budgetRefusal(message: string, wait: number): ApiError {
  const seconds = Math.max(1, Math.ceil(wait));
  return new ApiError('rate_limited', `${message}; try again in ${seconds} s`, {
    retryAfter: seconds,
  });
}

/**
 * Refuses a new code for a phone whose budget is spent: the longest of the waits that apply, so
 * the same request succeeds after `Retry-After` (unless the session itself has ended by then).
 *
 * @throws ApiError `rate_limited`
 */
export function assertPhoneMayReceiveCode(ctx: Context, budget: CodeBudgetRecord): void {
  const refusals: [string, number][] = [];
  if (budget.blocked_until > ctx.now) {
    refusals.push([
      'Too many wrong codes: this phone must wait for a new one',
      budget.blocked_until - ctx.now,
    ]);
  }
  if (budget.codes_sent >= CODE_BUDGETS.codesPerPhonePerDay) {
    refusals.push([
      `This phone was sent ${CODE_BUDGETS.codesPerPhonePerDay} codes today`,
      secondsToNextBankDay(ctx.now),
    ]);
  }
  if (budget.wrong_guesses >= CODE_BUDGETS.wrongGuessesPerPhonePerDay) {
    refusals.push([
      `${CODE_BUDGETS.wrongGuessesPerPhonePerDay} wrong codes were typed for this phone today`,
      secondsToNextBankDay(ctx.now),
    ]);
  }
  const longest = refusals.sort((a, b) => b[1] - a[1])[0];
  if (longest) throw budgetRefusal(longest[0], longest[1]);
}

/**
 * Refuses to check a code once the phone's wrong guesses for the day are spent: a code already
 * sent cannot be used to keep guessing.
 *
 * @throws ApiError `rate_limited`
 */
export function assertPhoneMayGuess(ctx: Context, budget: CodeBudgetRecord): void {
  if (budget.wrong_guesses >= CODE_BUDGETS.wrongGuessesPerPhonePerDay) {
    throw budgetRefusal(
      `${CODE_BUDGETS.wrongGuessesPerPhonePerDay} wrong codes were typed for this phone today`,
      secondsToNextBankDay(ctx.now),
    );
  }
}
