import { CODE_BUDGETS, lockWait, type CodeBudgets } from './code-budgets.js';

const DAY = 86_400;

/** What the best attacker gets out of the code budgets in a window of time. */
export interface CodeAttack {
  /** Codes the attacker has sent to the shop owner's phone. */
  codes: number;
  /** Codes compared against a guess: every one but a winning guess is wrong. */
  guesses: number;
  /** The chance that one of the guesses is the code: 1 − Π (1 − tries on code i / 10^digits). */
  chance: number;
  /** `1 / chance`, rounded down: "1 in N". */
  oneIn: number;
  /** Seconds after the bank day's midnight at which the best attack starts. */
  startsAt: number;
}

/**
 * The best attack on one phone in `windowSeconds`, starting `startsAt` seconds after a bank
 * midnight: ask for a code as soon as every budget allows, type wrong codes into it until it
 * locks or the day's wrong guesses are spent, repeat. Guessing costs no time, so asking at the
 * earliest moment and using every try is the most any attacker gets.
 */
function attackFrom(budgets: CodeBudgets, startsAt: number, windowSeconds: number) {
  const end = startsAt + windowSeconds;
  const tries: number[] = [];
  let now = startsAt;
  let day = Math.floor(now / DAY);
  let codesToday = 0;
  let wrongToday = 0;
  let locksToday = 0;
  let blockedUntil = 0;
  let lastCodeAt = -Infinity;
  for (;;) {
    const nextDay = (day + 1) * DAY;
    const spent =
      codesToday >= budgets.codesPerPhonePerDay || wrongToday >= budgets.wrongGuessesPerPhonePerDay;
    const at = spent
      ? Math.max(nextDay, blockedUntil, lastCodeAt + budgets.resendAfterSeconds)
      : Math.max(now, blockedUntil, lastCodeAt + budgets.resendAfterSeconds);
    if (at >= end) break;
    now = at;
    if (Math.floor(now / DAY) !== day) {
      day = Math.floor(now / DAY);
      codesToday = 0;
      wrongToday = 0;
      locksToday = 0;
      continue; // the new day's budgets may allow a code at once: decide again
    }
    codesToday += 1;
    lastCodeAt = now;
    const guesses = Math.min(
      budgets.attemptsPerCode,
      budgets.wrongGuessesPerPhonePerDay - wrongToday,
    );
    tries.push(guesses);
    wrongToday += guesses;
    if (guesses === budgets.attemptsPerCode) {
      locksToday += 1;
      blockedUntil = Math.max(blockedUntil, now + lockWait(budgets, locksToday));
    }
  }
  return tries;
}

/**
 * The best attacker's chance of paying with a page's credentials (the publishable key and any
 * number of the shop's sessions' client secrets) within `windowSeconds`, from the budgets
 * alone. Every code is a fresh uniform draw from 10^digits, so guessing `k` distinct wrong
 * values into one code wins with probability k / 10^digits, and codes are independent. The
 * attack is tried from every minute of the bank day, because a window that spans a midnight
 * gets two days of budgets.
 *
 * @param budgets the limits to judge @default CODE_BUDGETS
 * @param windowSeconds how long the attacker has @default 86_400 (24 hours)
 * @param startStepSeconds how finely start times across the bank day are tried @default 60
 * @returns the best start's codes, guesses and chance
 * @example
 * const { guesses, oneIn } = bestAttackerChance();
 * console.log(`${guesses} guesses a day: 1 in ${oneIn}`); // 40 guesses a day: 1 in 25000
 */
export function bestAttackerChance(
  budgets: CodeBudgets = CODE_BUDGETS,
  windowSeconds: number = DAY,
  startStepSeconds = 60,
): CodeAttack {
  const space = 10 ** budgets.digits;
  let best: CodeAttack | undefined;
  for (let startsAt = 0; startsAt < DAY; startsAt += startStepSeconds) {
    const tries = attackFrom(budgets, startsAt, windowSeconds);
    const miss = tries.reduce((product, k) => product * (1 - k / space), 1);
    const chance = 1 - miss;
    if (!best || chance > best.chance) {
      const guesses = tries.reduce((sum, k) => sum + k, 0);
      best = { codes: tries.length, guesses, chance, oneIn: Math.floor(1 / chance), startsAt };
    }
  }
  return best!;
}
