import { z } from './zod.js';

/**
 * A unified social credit code as a page may show it (as `maskCreditCode` masks it, the one
 * rule, also for the bank's logs): the first four characters and the last four, the ten between hidden:
 * `9144**********136T`.
 */
export const MaskedCreditCode = /* @__PURE__ */ z
  .string()
  .check(z.regex(/^[0-9A-Z]{4}\*{10}[0-9A-Z]{4}$/, 'must be a masked credit code'));

/**
 * Hides a person's name the way Chinese banks show it: the first and the last character kept,
 * each one between as `*` (`林*梅`, `欧**锋`); a two-character name keeps its first (`李*`), a
 * one-character name shows nothing (`*`). Characters are counted as a person reads them (code
 * points), so a rare character outside the BMP is one character.
 *
 * @example
 * ```ts
 * maskPersonName('林晓梅'); // '林*梅'
 * maskPersonName('李明'); // '李*'
 * ```
 */
export function maskPersonName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return '*';
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars.at(-1)}`;
}
