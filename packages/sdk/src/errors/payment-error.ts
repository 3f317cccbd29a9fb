import type { ErrorCodeOf } from './codes.js';
import { KIND, XinghuiError } from './xinghui-error.js';

/** The bank declined to move the money: insufficient balance, a wrong, expired or locked one-time code (402). Never retried: show the shop owner what to do next. */
export class XinghuiPaymentError extends XinghuiError {
  static override readonly [KIND] = 'XinghuiPaymentError';
  override name = 'XinghuiPaymentError' as const;
  declare readonly code?: ErrorCodeOf<'payment_error'>;
}
