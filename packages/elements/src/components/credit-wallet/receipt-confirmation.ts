import type { ReceiptConfirmation } from '@xinghui/contract';
import { html, type TemplateResult } from 'lit';
import type { Formatters } from '../../i18n/locale.js';
import { summaryList, type SummaryRow } from '../../templates/summary-list.js';
import type { CreditWalletMessages } from './credit-wallet.messages.js';

export interface ReceiptStepOptions {
  t: CreditWalletMessages;
  format: Formatters;
  receipt: ReceiptConfirmation;
  /** What confirming releases (the controller's summary). */
  rows: readonly SummaryRow[];
  sending: boolean;
  onGetCode(): void;
  onCancel(): void;
}

/**
 * 确认收货, before the code: what the bank releases to whom, in words and in figures, and that
 * it cannot be undone. Parts: `receipt-confirmation`, `receipt-summary`, `get-receipt-code`.
 */
export function receiptStep(options: ReceiptStepOptions): TemplateResult {
  const { t, format, receipt, sending } = options;
  const disputed = receipt.status === 'disputed';
  return html`<section part="receipt-confirmation" aria-labelledby="receipt-title">
    <h2 id="receipt-title" tabindex="-1">${t.receiptTitle}</h2>
    ${summaryList(options.rows, 'receipt-summary')}
    <p class="note">
      ${disputed ? t.disputedNote : t.receiptDetail(format.money(receipt.amount), receipt.supplier_name)}
    </p>
    <div class="actions">
      <button
        part="get-receipt-code"
        class="primary"
        ?disabled=${sending || disputed}
        @click=${options.onGetCode}
      >
        ${t.getCode}
      </button>
      <button class="link" ?disabled=${sending} @click=${options.onCancel}>${t.cancel}</button>
    </div>
  </section>`;
}
