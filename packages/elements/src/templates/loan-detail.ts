import type { Loan, LoanAgreement } from '@xinghui/contract';
import { html, type TemplateResult } from 'lit';
import type { Formatters } from '../i18n/locale.js';
import type { LoanRowWords } from './loan-row.js';
import { paymentsMade, type PaymentsMadeRead, type PaymentsMadeWords } from './payments-made.js';
import { scheduleTable, type ScheduleWords } from './schedule-table.js';
import { summaryList, type SummaryRow } from './summary-list.js';

/** The words of a loan's detail view, beyond its row's. */
export interface LoanDetailWords extends LoanRowWords, ScheduleWords, PaymentsMadeWords {
  loanTitle(amount: string): string;
  principal: string;
  disbursedOn: string;
  apr: string;
  dailyRate: string;
  accruedInterest: string;
  penaltyInterest: string;
  payoff: string;
  principalPaid: string;
  installmentStatus: string;
  installmentStatuses: Record<string, string>;
  agreement: string;
  showAgreement: string;
  certificate: string;
  print: string;
  backToAccount: string;
}

export interface LoanDetailOptions {
  t: LoanDetailWords;
  format: Formatters;
  loan: Loan;
  /** The loan's own agreement, once read. */
  agreement: LoanAgreement | undefined;
  /** The payments made on it, as read so far. */
  payments: PaymentsMadeRead;
  busy: boolean;
  onRetryPayments(): void;
  onAgreement(): void;
  onCertificate(): void;
  onRepay(): void;
  onBack(): void;
}

/**
 * One loan in full: its figures today, what has been paid of it, the whole schedule with each
 * instalment's status, the payments made on it (还款记录), and its own agreement (借款合同) on
 * request; a repaid loan offers its payoff certificate. Parts: `loan-detail`, `schedule`,
 * `payments-made` (see payments-made.ts), `agreement`, `show-agreement`, `certificate`.
 */
export function loanDetail(options: LoanDetailOptions): TemplateResult {
  const { t, format, loan, agreement, busy } = options;
  const money = format.money;
  const paid = loan.principal.amount - loan.principal_outstanding.amount;
  const rows: SummaryRow[] = [[t.loanNumber, loan.id]];
  if (loan.order_reference) rows.push([t.order, loan.order_reference]);
  if (loan.supplier_name) rows.push([t.supplier, loan.supplier_name]);
  rows.push(
    [t.term, t.termName(loan.schedule.repayment_method, loan.schedule.length)],
    [t.disbursedOn, format.day(loan.disbursed_on)],
    [t.apr, format.rate(loan.apr)],
    [t.dailyRate, format.rate(loan.daily_rate)],
    [t.principal, money(loan.principal)],
    [t.principalPaid, money({ amount: paid, currency: loan.principal.currency })],
    [t.outstanding, money(loan.principal_outstanding)],
    [t.accruedInterest, money(loan.accrued_interest)],
    [t.penaltyInterest, money(loan.penalty_interest)],
    [t.payoff, money(loan.payoff_amount)],
  );
  return html`<section part="loan-detail" aria-labelledby="loan-title">
    <h2 id="loan-title" tabindex="-1">
      ${t.loanTitle(money(loan.principal))}
      <span class="badge">${t.loanStatuses[loan.status] ?? loan.status}</span>
    </h2>
    ${summaryList(rows, 'loan-figures')}
    <div class="table-scroll">
      ${scheduleTable(loan.schedule.installments, t, format, {
        heading: t.installmentStatus,
        words: t.installmentStatuses,
      })}
    </div>
    ${paymentsMade(t, format, options.payments, options.onRetryPayments)}
    ${
      agreement
        ? html`<section part="agreement" class="document">
            <h3 id="agreement-title" tabindex="-1">${agreement.title}</h3>
            <pre class="document-text" tabindex="0" role="region" aria-labelledby="agreement-title">
${agreement.content}</pre>
            <p class="muted id">SHA-256 ${agreement.text_sha256}</p>
            <button class="secondary" @click=${() => window.print()}>${t.print}</button>
          </section>`
        : html`<button
            part="show-agreement"
            class="link"
            ?disabled=${busy}
            @click=${options.onAgreement}
          >
            ${t.showAgreement}
          </button>`
    }
    <div class="actions">
      ${
        loan.status === 'repaid'
          ? html`<button
              part="certificate"
              class="secondary"
              ?disabled=${busy}
              @click=${options.onCertificate}
            >
              ${t.certificate}
            </button>`
          : html`<button
              part="repay"
              class="secondary"
              data-loan=${loan.id}
              ?disabled=${busy}
              @click=${options.onRepay}
            >
              ${t.repay}
            </button>`
      }
      <button class="link" ?disabled=${busy} @click=${options.onBack}>${t.backToAccount}</button>
    </div>
  </section>`;
}
