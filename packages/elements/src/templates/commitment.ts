import type { ClientCheckoutSession } from '@xinghui/contract';
import type { CreditCheckoutController } from '../controllers/credit-checkout.controller.js';
import type { CreditMessages } from '../i18n/credit.messages.js';
import type { Formatters } from '../i18n/locale.js';
import type { SummaryRow } from './summary-list.js';

export interface CommitmentOptions {
  t: CreditMessages & { amountDue: string; payTo: string; paymentMethod: string; term: string };
  format: Formatters;
  session: ClientCheckoutSession;
  /** The method's name, as the shop chose it (星辉钱包, 星辉贷). */
  method: string;
  /** On credit: the chosen term, whose total to repay is restated. */
  credit?: CreditCheckoutController;
}

/**
 * What a one-time code commits the shop to, restated on the code step itself: the amount, the
 * payee, the method and, on credit, the term and the total to repay. The same rows in every
 * component that takes a payment.
 */
export function commitment(options: CommitmentOptions): SummaryRow[] {
  const { t, format, session } = options;
  return [
    [t.amountDue, format.money(session.amount)],
    [t.payTo, session.supplier.business_name],
    [t.paymentMethod, options.method],
    ...(options.credit?.commitment(t, format) ?? []),
  ];
}
