import type { ClientCheckoutSession } from '@xinghui/contract';
import { html, type TemplateResult } from 'lit';
import type { CreditCheckoutController } from '../controllers/credit-checkout.controller.js';
import type { CreditMessages } from '../i18n/credit.messages.js';
import type { Formatters } from '../i18n/locale.js';
import { outcome } from './outcome.js';
import { summaryList, type SummaryRow } from './summary-list.js';

export interface LoanPaidOptions {
  t: CreditMessages & {
    term: string;
    succeeded: string;
    alreadyPaid: string;
    succeededEscrow(amount: string, supplier: string, days: number): string;
    succeededDirect(amount: string, supplier: string): string;
    loanNumber: string;
    paymentId: string;
    availableNow: string;
  };
  format: Formatters;
  /** The session as the bank confirmed it: its loan, its payment, the line as it is now. */
  session: ClientCheckoutSession;
  /** Paid before this page opened: no figures of a term chosen here. */
  earlier: boolean;
  /** The term borrowed on: its name, total to repay and first due date are restated. */
  credit: CreditCheckoutController;
}

/**
 * A loan that paid the order: where the money went, said as the session has it (held by the
 * bank in escrow until receipt, or paid to the supplier), each figure labelled (the loan and
 * payment numbers, the term and the total to repay), and the credit still available, fresh from
 * the bank. Part: `loan-details`.
 */
export function loanPaid(options: LoanPaidOptions): TemplateResult {
  const { t, format, session } = options;
  const [amount, supplier] = [format.money(session.amount), session.supplier.business_name];
  const rows: SummaryRow[] = [
    ...(session.loan ? [[t.loanNumber, session.loan] as const] : []),
    ...(session.payment ? [[t.paymentId, session.payment] as const] : []),
    ...(options.earlier ? [] : terms(options)),
    ...(session.credit ? [[t.availableNow, format.money(session.credit.available)] as const] : []),
  ];
  return outcome(
    'success',
    options.earlier ? t.alreadyPaid : t.succeeded,
    html`<p>
        ${
          session.escrow
            ? t.succeededEscrow(amount, supplier, session.escrow.auto_release_days)
            : t.succeededDirect(amount, supplier)
        }
      </p>
      ${summaryList(rows, 'loan-details')}`,
  );
}

/** The term borrowed on, the total to repay and the first due date. */
function terms({ t, format, credit }: LoanPaidOptions): SummaryRow[] {
  const first = credit.offer?.schedule.installments[0];
  return [
    ...credit.commitment(t, format),
    ...(first ? [[t.firstDue, format.day(first.due_date)] as const] : []),
  ];
}
