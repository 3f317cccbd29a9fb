import type { Loan, ReceiptConfirmation, WalletTransaction } from '@xinghui/contract';
import { html, nothing, type TemplateResult } from 'lit';
import type { Formatters } from '../../i18n/locale.js';
import { loanRow } from '../../templates/loan-row.js';
import type { CreditWalletMessages } from './credit-wallet.messages.js';

export interface SectionOptions {
  t: CreditWalletMessages;
  format: Formatters;
  busy: boolean;
}

/** The shop's loans, each told apart by its number, order, supplier, term and next due date. */
export function loansSection(
  { t, format, busy }: SectionOptions,
  loans: readonly Loan[],
  onRepay: (loan: Loan) => void,
  onOpen: (loan: Loan) => void,
): TemplateResult {
  return html`<section aria-labelledby="loans-title">
    <h2 id="loans-title" tabindex="-1">${t.loans}</h2>
    ${
      loans.length === 0
        ? html`<p class="note">${t.noLoans}</p>`
        : html`<ul part="loans" class="list">
            ${loans.map((loan) =>
              loanRow({
                t,
                format,
                loan,
                busy,
                onRepay: () => onRepay(loan),
                onOpen: () => onOpen(loan),
              }),
            )}
          </ul>`
    }
  </section>`;
}

/**
 * The shop's payments the bank holds in escrow until it confirms receipt: the amount, the
 * supplier, the order, where it stands, and the button that starts 确认收货 for it.
 */
export function receiptsSection(
  { t, format, busy }: SectionOptions,
  receipts: readonly ReceiptConfirmation[],
  onConfirm: (receipt: ReceiptConfirmation) => void,
): TemplateResult {
  return html`<section aria-labelledby="receipts-title">
    <h2 id="receipts-title" tabindex="-1">${t.receipts}</h2>
    ${
      receipts.length === 0
        ? html`<p class="note">${t.noReceipts}</p>`
        : html`<ul part="receipts" class="list">
            ${receipts.map((receipt) => {
              const name = `${receipt.order_reference ?? receipt.payment} · ${format.money(receipt.amount)}`;
              return html`<li part="awaiting-receipt" class="loan" data-payment=${receipt.payment}>
                <div class="row">
                  <span class="figure">${format.money(receipt.amount)}</span>
                  <span class="badge">${t.receiptStatuses[receipt.status] ?? receipt.status}</span>
                </div>
                <dl class="summary">
                  <div class="row">
                    <dt class="label">${t.supplier}</dt>
                    <dd>${receipt.supplier_name}</dd>
                  </div>
                  ${
                    receipt.order_reference
                      ? html`<div class="row">
                          <dt class="label">${t.order}</dt>
                          <dd class="id">${receipt.order_reference}</dd>
                        </div>`
                      : nothing
                  }
                  ${
                    receipt.auto_release_at
                      ? html`<div class="row">
                          <dt class="label">${t.autoConfirm}</dt>
                          <dd>${format.date(receipt.auto_release_at)}</dd>
                        </div>`
                      : nothing
                  }
                </dl>
                ${
                  receipt.status === 'disputed'
                    ? html`<p class="note">${t.disputedNote}</p>`
                    : html`<button
                        part="confirm-receipt"
                        class="secondary"
                        data-payment=${receipt.payment}
                        aria-label=${t.forLoan(t.confirmReceipt, name)}
                        ?disabled=${busy}
                        @click=${() => onConfirm(receipt)}
                      >
                        ${t.confirmReceipt}
                      </button>`
                }
              </li>`;
            })}
          </ul>`
    }
  </section>`;
}

/** Recent wallet movements, money in marked as such. */
export function transactionsSection(
  { t, format }: SectionOptions,
  transactions: readonly WalletTransaction[],
): TemplateResult {
  return html`<section aria-labelledby="tx-title">
    <h2 id="tx-title">${t.transactions}</h2>
    ${
      transactions.length === 0
        ? html`<p class="note">${t.noTransactions}</p>`
        : html`<ul part="transactions" class="list">
            ${transactions.map(
              (tx) =>
                html`<li class="row">
                  <span
                    >${t.txTypes[tx.type] ?? tx.type}
                    <span class="label">${format.date(tx.created)}</span></span
                  >
                  <span class="amount figure-small ${tx.amount.amount < 0 ? '' : 'credit'}"
                    >${tx.amount.amount > 0 ? '+' : ''}${format.money(tx.amount)}</span
                  >
                </li>`,
            )}
          </ul>`
    }
  </section>`;
}

/** Which month's statement to read: a month field (this month by default) and a button. */
export function statementForm(
  { t, busy }: SectionOptions,
  month: string,
  onSubmit: (month: string) => void,
): TemplateResult {
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const input = (event.currentTarget as HTMLFormElement).elements.namedItem('month');
    onSubmit((input as HTMLInputElement).value);
  };
  return html`<section aria-labelledby="statements-title">
    <h2 id="statements-title">${t.statements}</h2>
    <form class="inline-form" @submit=${submit} novalidate>
      <label for="statement-month">${t.statementMonth}</label>
      <input
        id="statement-month"
        name="month"
        part="statement-month"
        type="month"
        .value=${month}
        max=${month}
        ?disabled=${busy}
      />
      <button part="show-statement" class="secondary" type="submit" ?disabled=${busy}>
        ${t.showStatement}
      </button>
    </form>
  </section>`;
}
