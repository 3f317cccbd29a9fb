import { XinghuiError } from './xinghui-error.js';

/** The bank declined to move the money: insufficient balance, a wrong, expired or locked one-time code (402). Show the shop owner what to do next. */
export class XinghuiPaymentError extends XinghuiError {
  override name = 'XinghuiPaymentError' as const;
}
