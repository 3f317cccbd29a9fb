import { z } from './zod.js';

/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from a
 * 31-character alphabet (no I, O, S, V, Z), the last of which is a check character over the
 * first 17 (weights 3^i mod 31).
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** Why a text is not a valid credit code, for messages shown as a person types. */
export type CreditCodeProblem = 'length' | 'characters' | 'check_character';

/**
 * Computes the check character for the first 17 characters of a credit code.
 *
 * @throws RangeError when `first17` is shorter than 17 characters or holds a character outside
 *   the credit code alphabet
 *
 * @example
 * ```ts
 * creditCodeCheckCharacter('91440300708461136'); // 'T'
 * ```
 */
export function creditCodeCheckCharacter(first17: string): string {
  // `indexOf('')` is 0, so without this a short text would be read as if padded with '0's.
  if (first17.length < 17) {
    throw new RangeError(`Need the first 17 characters of a credit code; got ${first17.length}`);
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = ALPHABET.indexOf(first17.charAt(i));
    if (value < 0) throw new RangeError(`Not a credit code character: ${first17.charAt(i)}`);
    sum += value * (WEIGHTS[i] ?? 0);
  }
  return ALPHABET.charAt((31 - (sum % 31)) % 31);
}

/**
 * Checks a credit code and says what is wrong with it, if anything.
 *
 * @returns `null` when valid, otherwise the first problem found
 * @example
 * ```ts
 * creditCodeProblem('91440300708461136T'); // null
 * creditCodeProblem('91440300708461136A'); // 'check_character'
 * ```
 */
export function creditCodeProblem(code: string): CreditCodeProblem | null {
  if (code.length !== 18) return 'length';
  if (!SHAPE.test(code)) return 'characters';
  return creditCodeCheckCharacter(code.slice(0, 17)) === code.charAt(17) ? null : 'check_character';
}

/** True when `code` is an 18-character credit code with the right check character. */
export function isValidCreditCode(code: string): boolean {
  return creditCodeProblem(code) === null;
}

/**
 * A unified social credit code with a valid GB 32100-2015 check character, in capitals.
 */
export const CreditCode = /* @__PURE__ */ z.string().check(
  // The shape first, so JSON Schema shows a pattern; `abort` keeps it to one message.
  z.regex(SHAPE, {
    error: 'must be a unified social credit code: 18 digits or capitals other than I, O, S, V, Z',
    abort: true,
  }),
  z.refine(isValidCreditCode, {
    message: 'must be an 18-character unified social credit code with a valid check character',
  }),
);

/**
 * Masks a credit code for logs: the region (first 8 characters is too much) stays out of them.
 *
 * @example
 * ```ts
 * maskCreditCode('91440300708461136T'); // '9144**********136T'
 * ```
 */
export function maskCreditCode(code: string): string {
  return code.length > 8
    ? `${code.slice(0, 4)}${'*'.repeat(code.length - 8)}${code.slice(-4)}`
    : '****';
}
