import type { ClientCheckoutSession } from '@xinghui/contract';
import { nothing, type TemplateResult } from 'lit';
import type { Formatters } from '../../i18n/locale.js';
import { receipt } from '../../templates/receipt.js';
import type { PayButtonMessages } from './pay-button.messages.js';

export interface PaymentReceiptOptions {
  t: PayButtonMessages;
  format: Formatters;
  /** The session as the bank answered the payment. */
  session: ClientCheckoutSession;
  paymentId: string;
  /** When this page paid (Unix seconds); 0 for a session found already paid. */
  paidAt: number;
}

/** The pay button's e-receipt (电子回单): what was paid, to whom, how and when. */
export function paymentReceipt(options: PaymentReceiptOptions): TemplateResult | typeof nothing {
  const { t, format, session, paymentId, paidAt } = options;
  if (!paymentId) return nothing;
  return receipt(
    t.receipt,
    t.print,
    [
      [t.paymentId, paymentId],
      ...(paidAt ? [[t.paidAt, format.time(paidAt)] as const] : []),
      [t.payTo, session.supplier.business_name],
      [t.amountDue, format.money(session.amount)],
      [t.paymentMethod, session.loan ? t.methodCredit : t.methodWallet],
      ...(session.description ? [[t.order, session.description] as const] : []),
      // Fresh figures: on credit, the line as the bank has it after this loan.
      ...(session.loan && session.credit
        ? [[t.creditLeft, format.money(session.credit.available)] as const]
        : []),
    ],
    paymentId,
  );
}
