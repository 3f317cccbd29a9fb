import type { Money } from '@xinghui/contract';

/**
 * Detail of `xh-receipt-confirmed`: the shop confirmed receipt (确认收货) with its one-time code
 * and the bank paid the supplier what it held in escrow for this payment. Check it on your
 * server (the `escrow.released` webhook, `released_by: 'shop'`, or retrieve the payment) before
 * you mark the order complete: a page event can be faked.
 */
export interface XhReceiptConfirmedDetail {
  paymentId: string;
  /** What the bank released to the supplier. */
  amount: Money;
  /** The supplier's business name, as the confirmation stated it. */
  supplierName: string;
}

/** The `xh-receipt-confirmed` event. */
export type XhReceiptConfirmedEvent = CustomEvent<XhReceiptConfirmedDetail>;

declare global {
  interface HTMLElementEventMap {
    'xh-receipt-confirmed': XhReceiptConfirmedEvent;
  }
}
