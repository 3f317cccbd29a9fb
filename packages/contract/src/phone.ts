import { z } from './zod.js';

const MOBILE = /^1[3-9]\d{9}$/;
const MASKED = /^1[3-9]\d\*{4}\d{4}$/;

/** A mainland China mobile number: 11 digits starting 13–19, no country code or spaces. */
export const MobilePhone = /* @__PURE__ */ z
  .string()
  .check(z.regex(MOBILE, 'must be an 11-digit mainland mobile number such as 13800138000'));

/** A mobile number as the page may show it: `138****8000`. */
export const MaskedPhone = /* @__PURE__ */ z
  .string()
  .check(z.regex(MASKED, 'must be a masked mobile number'));

/**
 * Hides the middle four digits of a mobile number, the way banks show it.
 *
 * @example
 * ```ts
 * maskPhone('13800138000'); // '138****8000'
 * ```
 */
export function maskPhone(phone: string): string {
  return phone.length === 11 ? `${phone.slice(0, 3)}****${phone.slice(7)}` : '***********';
}
