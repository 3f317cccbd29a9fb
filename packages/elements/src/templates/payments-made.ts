import type { Repayment } from '@xinghui/contract';
import { html, nothing, type TemplateResult } from 'lit';
import type { Formatters } from '../i18n/locale.js';
import { summaryList, type SummaryRow } from './summary-list.js';

/** The words of a loan's payments made. */
export interface PaymentsMadeWords {
  paymentsMade: string;
  paymentsLoading: string;
  noPaymentsYet: string;
  paymentsUnavailable: string;
  /** Said under a list cut at `shown` payments, the newest. */
  paymentsMore(shown: number): string;
  retry: string;
  receiptPrincipal: string;
  receiptInterest: string;
  receiptPenalty: string;
  repaymentNumber: string;
  method: string;
  /** Who made a repayment (`initiated_by`) in words, each from the wallet. */
  initiators: Record<string, string>;
  walletMethod: string;
}

/** The repayments of a loan as the page read them, or why they are not (yet) shown. */
export interface PaymentsMadeRead {
  /** `undefined` while they are read, or when reading them failed. */
  repayments: readonly Repayment[] | undefined;
  hasMore: boolean;
  failed: boolean;
}

/**
 * The payments made on a loan (还款记录), newest first: each one's amount and time, what it paid
 * of principal, interest and penalty, its number, and who made it from the wallet (the shop, the
 * platform, the due-date debit). Parts: `payments-made`, `payment-made`, `payments-retry`.
 */
export function paymentsMade(
  t: PaymentsMadeWords,
  format: Formatters,
  read: PaymentsMadeRead,
  onRetry: () => void,
): TemplateResult {
  const { repayments } = read;
  let body: TemplateResult;
  if (read.failed) {
    body = html`<p class="note warning">${t.paymentsUnavailable}</p>
      <div class="actions">
        <button part="payments-retry" class="link" @click=${onRetry}>${t.retry}</button>
      </div>`;
  } else if (!repayments) {
    body = html`<p class="note muted">${t.paymentsLoading}</p>`;
  } else if (repayments.length === 0) {
    body = html`<p class="note muted">${t.noPaymentsYet}</p>`;
  } else {
    body = html`<ol class="list">
        ${repayments.map((repayment) => paymentMade(t, format, repayment))}
      </ol>
      ${read.hasMore ? html`<p class="note muted">${t.paymentsMore(repayments.length)}</p>` : nothing}`;
  }
  return html`<section
    part="payments-made"
    aria-labelledby="payments-title"
    aria-busy=${!repayments && !read.failed ? 'true' : 'false'}
  >
    <h3 id="payments-title">${t.paymentsMade}</h3>
    ${body}
  </section>`;
}

function paymentMade(t: PaymentsMadeWords, format: Formatters, repayment: Repayment) {
  const money = format.money;
  const by = repayment.initiated_by;
  const method =
    by && t.initiators[by] ? `${t.initiators[by]} · ${t.walletMethod}` : t.walletMethod;
  const rows: SummaryRow[] = [
    [t.receiptPrincipal, money(repayment.principal)],
    [t.receiptInterest, money(repayment.interest)],
    [t.receiptPenalty, money(repayment.penalty)],
    [t.method, method],
    [t.repaymentNumber, repayment.id],
  ];
  return html`<li part="payment-made" class="loan" data-repayment=${repayment.id}>
    <h4 class="loan-head">
      <span class="figure">${money(repayment.amount)}</span>
      <span class="muted">${format.time(repayment.created)}</span>
    </h4>
    ${summaryList(rows, 'payment-split')}
  </li>`;
}
