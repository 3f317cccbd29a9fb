import type { Loan } from '@xinghui/contract';
import { html, nothing, type TemplateResult } from 'lit';
import type { Formatters } from '../i18n/locale.js';
import { summaryList, type SummaryRow } from './summary-list.js';

/** The words of a loan's row. */
export interface LoanRowWords {
  loanHeading(amount: string): string;
  loanNumber: string;
  order: string;
  supplier: string;
  term: string;
  termName(method: string, length: number): string;
  nextDue: string;
  due(date: string, amount: string): string;
  outstanding: string;
  pastDue: string;
  overdueDetail: string;
  loanStatuses: Record<string, string>;
  repay: string;
  details: string;
  /** What a screen reader hears for a loan's buttons: the button's words and which loan. */
  forLoan(action: string, loan: string): string;
}

export interface LoanRowOptions {
  t: LoanRowWords;
  format: Formatters;
  loan: Loan;
  busy: boolean;
  onRepay(): void;
  onOpen(): void;
}

/**
 * How one loan tells itself apart from the others: what was borrowed, its status, its number,
 * the order and supplier it paid, its term, the next due date and amount. Its buttons name the
 * loan for screen readers ("还款 · 订单 …"). Parts: `loan`, `repay`, `loan-details`.
 */
export function loanRow(options: LoanRowOptions): TemplateResult {
  const { t, format, loan, busy } = options;
  const overdue = loan.status === 'overdue';
  const rows: SummaryRow[] = [[t.loanNumber, loan.id]];
  if (loan.order_reference) rows.push([t.order, loan.order_reference]);
  if (loan.supplier_name) rows.push([t.supplier, loan.supplier_name]);
  rows.push([t.term, t.termName(loan.schedule.repayment_method, loan.schedule.length)]);
  if (loan.next_due_date)
    rows.push([
      t.nextDue,
      t.due(format.day(loan.next_due_date), format.money(loan.next_due_amount)),
    ]);
  rows.push([t.outstanding, format.money(loan.principal_outstanding)]);
  if (loan.past_due_amount.amount > 0) rows.push([t.pastDue, format.money(loan.past_due_amount)]);
  const name = `${loan.order_reference ?? loan.id} · ${format.money(loan.principal)}`;
  return html`<li part="loan" class="loan ${overdue ? 'overdue' : ''}" data-status=${loan.status}>
    <h3 class="loan-head">
      <span class="figure">${t.loanHeading(format.money(loan.principal))}</span>
      <span class="badge ${overdue ? 'warning' : ''}"
        >${t.loanStatuses[loan.status] ?? loan.status}</span
      >
    </h3>
    ${summaryList(rows, 'loan-summary')}
    ${overdue ? html`<p class="note warning">${t.overdueDetail}</p>` : nothing}
    <div class="actions">
      <button
        part="loan-details"
        class="link"
        data-loan-details=${loan.id}
        aria-label=${t.forLoan(t.details, name)}
        ?disabled=${busy}
        @click=${options.onOpen}
      >
        ${t.details}
      </button>
      ${
        loan.status === 'repaid'
          ? nothing
          : html`<button
              part="repay"
              class="secondary"
              data-loan=${loan.id}
              aria-label=${t.forLoan(t.repay, name)}
              ?disabled=${busy}
              @click=${options.onRepay}
            >
              ${t.repay}
            </button>`
      }
    </div>
  </li>`;
}
