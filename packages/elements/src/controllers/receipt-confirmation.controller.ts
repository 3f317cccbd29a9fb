import type { Payment, ReceiptConfirmation, VerificationCode } from '@xinghui/contract';
import type { XinghuiBrowserClient } from '@xinghui/sdk';
import type { Formatters } from '../i18n/locale.js';
import type { SummaryRow } from '../templates/summary-list.js';

/** The words a receipt confirmation restates. */
export interface ReceiptWords {
  releaseAmount: string;
  supplier: string;
  order: string;
  paymentNumber: string;
  autoConfirm: string;
  notShipped: string;
}

/**
 * 确认收货 as the shop's act: the payment being confirmed (what
 * it releases now, to whom, and when the bank would release it by itself), the code bound to
 * that amount and supplier, and the payment once released. The bank checks it all again.
 */
export class ReceiptConfirmationController {
  /** The payment being confirmed, as the bank states it. */
  current: ReceiptConfirmation | undefined;
  released: Payment | undefined;

  /** Reads what confirming `paymentId` releases now: the figures are the bank's, not the page's. */
  async open(
    client: XinghuiBrowserClient,
    clientSecret: string,
    paymentId: string,
    signal: AbortSignal,
  ): Promise<ReceiptConfirmation> {
    this.released = undefined;
    this.current = await client.receipts.retrieve(clientSecret, paymentId, { signal });
    return this.current;
  }

  codeRequest(
    client: XinghuiBrowserClient,
    clientSecret: string,
  ): (signal: AbortSignal) => Promise<VerificationCode> {
    const paymentId = this.current!.payment;
    return (signal) => client.receipts.requestCode(clientSecret, paymentId, { signal });
  }

  async confirm(
    client: XinghuiBrowserClient,
    clientSecret: string,
    code: string,
    options: { signal: AbortSignal; idempotencyKey: string },
  ): Promise<Payment> {
    this.released = await client.receipts.confirm(
      clientSecret,
      this.current!.payment,
      { verification_code: code },
      options,
    );
    return this.released;
  }

  /** What confirming releases: the amount, the supplier, the order, the auto-confirm date. */
  summary(t: ReceiptWords, format: Formatters): SummaryRow[] {
    const receipt = this.current;
    if (!receipt) return [];
    const rows: SummaryRow[] = [
      [t.releaseAmount, format.money(receipt.amount)],
      [t.supplier, receipt.supplier_name],
    ];
    if (receipt.order_reference) rows.push([t.order, receipt.order_reference]);
    rows.push([t.paymentNumber, receipt.payment]);
    rows.push([
      t.autoConfirm,
      receipt.auto_release_at ? format.date(receipt.auto_release_at) : t.notShipped,
    ]);
    return rows;
  }
}
