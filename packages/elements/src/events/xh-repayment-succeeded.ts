import type { Money } from '@xinghui/contract';

/**
 * Detail of `xh-repayment-succeeded`: the bank has applied a repayment to a loan (penalty, then
 * interest, then principal). Check it on your server (the `loan.repaid` webhook, or retrieve the
 * loan) before you rely on it: a page event can be faked.
 */
export interface XhRepaymentSucceededDetail {
  loanId: string;
  repaymentId: string;
  amount: Money;
}

/** The `xh-repayment-succeeded` event. */
export type XhRepaymentSucceededEvent = CustomEvent<XhRepaymentSucceededDetail>;

declare global {
  interface HTMLElementEventMap {
    'xh-repayment-succeeded': XhRepaymentSucceededEvent;
  }
}
