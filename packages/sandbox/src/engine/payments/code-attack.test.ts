import { describe, expect, it } from 'vitest';
import { bestAttackerChance } from './code-attack.js';
import { CODE_BUDGETS } from './code-budgets.js';

describe('bestAttackerChance', () => {
  it('gives the best attacker at most 1 in 10,000 in 24 hours with the bank’s budgets', () => {
    const attack = bestAttackerChance();
    // Two bank days' wrong guesses (the window spans a midnight), 5 tries into each of 8 codes.
    expect(attack).toMatchObject({ guesses: 40, codes: 8, oneIn: 25_000 });
    expect(attack.chance).toBeCloseTo(1 - (1 - 5 / 1e6) ** 8, 12);
    expect(attack.chance).toBeLessThanOrEqual(1 / 10_000);
  });

  it('is bounded by the per-code lock alone when the daily budgets are lifted', () => {
    // Without day budgets, only the growing waits stand: 5-min, 30-min, 2-h, then 6-h waits.
    const attack = bestAttackerChance({
      ...CODE_BUDGETS,
      codesPerPhonePerDay: Infinity,
      wrongGuessesPerPhonePerDay: Infinity,
    });
    expect(attack.guesses).toBeGreaterThan(40);
    expect(attack.chance).toBeGreaterThan(bestAttackerChance().chance);
  });

  it('reproduces the unlimited bank of issue 11: a new code at once after every lock', () => {
    // 300 codes in 6–7 s were measured: a code every 0.022 s, five guesses each, for an hour.
    const attack = bestAttackerChance(
      {
        ...CODE_BUDGETS,
        resendAfterSeconds: 0.022,
        codesPerPhonePerDay: Infinity,
        wrongGuessesPerPhonePerDay: Infinity,
        lockWaitsSeconds: [0],
      },
      3_600,
      86_400,
    );
    expect(attack.chance).toBeGreaterThan(0.5);
  });

  it('carries a lock’s wait over midnight: a minute gets one code, even across the day’s end', () => {
    expect(bestAttackerChance(CODE_BUDGETS, 60)).toMatchObject({ codes: 1, guesses: 5 });
  });

  it('never sends the phone more codes than its daily budget allows', () => {
    const noGuessLimit = bestAttackerChance({
      ...CODE_BUDGETS,
      wrongGuessesPerPhonePerDay: Infinity,
      lockWaitsSeconds: [0],
    });
    expect(noGuessLimit.codes).toBeLessThanOrEqual(2 * CODE_BUDGETS.codesPerPhonePerDay);
  });
});
