import { shanghaiDate } from '@xinghui/contract';
import { html, nothing, type TemplateResult } from 'lit';
import { baseStyles } from '../../styles/base.styles.js';
import { creditStyles } from '../../styles/credit.styles.js';
import { outcome } from '../../templates/outcome.js';
import { receipt } from '../../templates/receipt.js';
import { accountOverview } from './account-overview.js';
import {
  loansSection,
  receiptsSection,
  statementForm,
  transactionsSection,
} from './account-sections.js';
import type { Account } from './credit-wallet.account.js';
import { CreditWalletFlows } from './credit-wallet.flows.js';
import { reviewOutcome } from './credit-wallet.review.js';
import { creditWalletStyles } from './credit-wallet.styles.js';
import { repayQuote } from './repay-quote.js';

export type { CreditWalletState } from './credit-wallet.state.js';

/** The states that show the account's figures above them. */
const WITH_FIGURES: ReadonlySet<string> = new Set([
  'ready',
  'reviewing',
  'repaid',
  'received',
  'reviewed',
  'revoked',
]);

/** This month in Asia/Shanghai, `YYYY-MM`: the bank's months. */
const thisMonth = () => shanghaiDate(Math.floor(Date.now() / 1000)).slice(0, 7);

/**
 * The shop's "my account" page: its 星辉贷 line (available, used, limit, validity, why nothing is
 * available when frozen or expired), its 星辉钱包 balance, its loans told apart (number, order,
 * supplier, term, next due date) each with a detail view (schedule, the payments made on it, its
 * own agreement, a payoff certificate once repaid), monthly statements, recent wallet activity, and
 * the payments the bank holds in escrow until the shop confirms receipt (确认收货). Repaying a
 * loan and confirming receipt each restate what is confirmed on the one-time code step. A wallet
 * session your server created for one shop scopes it; it re-reads its figures when money moves
 * elsewhere on the page (`xh-funds-changed`) and fires that event after a repayment or a release.
 *
 * @summary The shop's credit line, loans, statements, wallet and 确认收货.
 *
 * @event xh-ready - The account is loaded. `detail: { walletSessionId }`
 * @event xh-repayment-succeeded - A loan was repaid. `detail: { loanId, repaymentId, amount }`
 * @event xh-repayment-failed - A repayment attempt failed. `detail: { code, message }`
 * @event xh-receipt-confirmed - The shop confirmed receipt; the bank paid the supplier. `detail: { paymentId, amount, supplierName }`
 * @event xh-limit-review-completed - The bank reviewed the limit. `detail: { outcome, limit }`
 *
 * @csspart base - The card around everything.
 * @csspart available - The credit available now.
 * @csspart gauge - The meter of used credit.
 * @csspart limit - The credit limit.
 * @csspart used - The credit used.
 * @csspart line-status - The line's status (active, frozen, expired).
 * @csspart unavailable-reason - Why nothing is available (frozen, expired, closed).
 * @csspart valid-until - The end of the line's validity.
 * @csspart apr - The APR.
 * @csspart daily-rate - The daily rate.
 * @csspart balance - The wallet balance.
 * @csspart no-line - What is said when the shop has no credit line yet.
 * @csspart loans - The list of loans.
 * @csspart loan - One loan.
 * @csspart loan-summary - A loan's number, order, supplier, term, next due date.
 * @csspart loan-details - A loan's button to its detail view.
 * @csspart repay - A loan's repay button.
 * @csspart loan-detail - One loan's detail view.
 * @csspart loan-figures - Its figures today.
 * @csspart schedule - Its schedule, each instalment's status.
 * @csspart payments-made - The payments made on it (还款记录), newest first.
 * @csspart payment-made - One payment made: amount, time, split, who made it.
 * @csspart payment-split - A payment's principal, interest, penalty, method and number.
 * @csspart payments-retry - The button that reads the payments again when reading failed.
 * @csspart show-agreement - The button that reads its agreement.
 * @csspart agreement - Its agreement (借款合同).
 * @csspart certificate - The button to a repaid loan's payoff certificate.
 * @csspart receipts - The list of payments awaiting receipt.
 * @csspart awaiting-receipt - One payment awaiting receipt.
 * @csspart confirm-receipt - Its button that starts 确认收货.
 * @csspart receipt-confirmation - The step that states what confirming receipt releases.
 * @csspart receipt-summary - Its figures: amount, supplier, order, auto-confirm date.
 * @csspart get-receipt-code - The button that sends its one-time code.
 * @csspart statement-month - The month field of the statements.
 * @csspart show-statement - The button that reads that month's statement.
 * @csspart document - A statement or certificate, printable.
 * @csspart document-figures - Its figures.
 * @csspart print - The button that prints a document or a receipt.
 * @csspart transactions - The list of recent wallet movements.
 * @csspart quote - The payoff quote of the loan being repaid.
 * @csspart payoff - The quote's total: what repaying everything today costs.
 * @csspart amount-input - The field for a partial repayment's amount.
 * @csspart get-code - The button that sends the repayment code.
 * @csspart confirm-summary - On the code step: what the code confirms.
 * @csspart code-input - The one-time code field.
 * @csspart confirm - The button that confirms with the code.
 * @csspart resend - The button that sends a new code.
 * @csspart receipt - The e-receipt of a repayment or a release.
 * @csspart receipt-details - Its figures.
 * @csspart review - The button that asks for a limit review.
 * @csspart review-outcome - The limit review's outcome in words.
 * @csspart revoke - The button that starts revoking data sharing.
 * @csspart revoke-confirm - The button that confirms revoking data sharing.
 * @csspart status - The live status line (progress and errors).
 *
 * @slot code-help - Beside the one-time code field: your help, or the sandbox's code panel.
 *
 * @cssproperty --xh-color-primary - Buttons, accents and the gauge. Default `#0b57d0`.
 * @cssproperty --xh-color-on-primary - Text on primary buttons. Default `#ffffff`.
 * @cssproperty --xh-color-text - Text. Default `#1f2329`.
 * @cssproperty --xh-color-muted - Labels and hints. Default `#5c6370`.
 * @cssproperty --xh-color-link - Link-style buttons (details, resend, back). Default `#1f5bd6`.
 * @cssproperty --xh-color-danger - Errors, overdue loans, a frozen line. Default `#b3261e`.
 * @cssproperty --xh-color-success - Success, money in. Default `#1a7f37`.
 * @cssproperty --xh-color-surface - The card's and the fields' background. Default `#ffffff`.
 * @cssproperty --xh-color-border - The card's border, loan cards and table rules. Default `#dee0e3`.
 * @cssproperty --xh-color-border-strong - Field borders. Default `#8f959e`.
 * @cssproperty --xh-color-focus - Focus rings. Default `#3370ff`.
 * @cssproperty --xh-radius - The card's corners. Default `0.75rem`.
 * @cssproperty --xh-radius-control - Buttons', fields' and loan cards' corners. Default `0.5rem`.
 * @cssproperty --xh-spacing - Space between rows. Default `0.75rem`.
 * @cssproperty --xh-font-family - Text font.
 * @cssproperty --xh-font-size - Base text size. Default `1rem`.
 *
 * @example
 * ```html
 * <xh-credit-wallet client-secret="ws_…_secret_…" publishable-key="pk_test_…"></xh-credit-wallet>
 * <!-- Straight to 确认收货 of one escrowed payment: -->
 * <xh-credit-wallet client-secret="ws_…" publishable-key="pk_test_…" payment="pay_…"></xh-credit-wallet>
 * ```
 */
export class XhCreditWallet extends CreditWalletFlows {
  /** The shadow root's styles: theme them with the `--xh-…` custom properties and `::part`. */
  static override styles = [baseStyles, creditStyles, creditWalletStyles];

  protected override render(): TemplateResult {
    const busy =
      this.busy || ['loading', 'sending', 'processing', 'reviewing'].includes(this.state);
    // The figures head the account and every outcome (fresh after money moved); a step that
    // asks something of the shop owner stands alone, so on a phone its field is on screen.
    const overview = this.account && WITH_FIGURES.has(this.state);
    return html`
      <div part="base" aria-busy=${busy ? 'true' : 'false'}>
        ${
          overview
            ? accountOverview(this.messages, this.format, this.account!.wallet, this.account!.line)
            : nothing
        }
        ${this.#renderStep(busy)} ${this.statusLine(this.messages.loading)}
      </div>
    `;
  }

  #renderStep(busy: boolean): TemplateResult | typeof nothing {
    const t = this.messages;
    const format = this.format;
    const loan = this.loan;
    // The secondary views' code, read only in their states (reading it loads it): loaded by the
    // time a flow opens one of them (credit-wallet.flows.ts).
    const views = () => this.views.view;
    const back = (focus = '#loans-title') => ({
      label: t.backToAccount,
      run: () => this.backToAccount(focus),
    });
    const confirm = (code: string, key: string) => void this.confirmWithCode(code, key);
    switch (this.state) {
      case 'ready':
      case 'reviewing':
        return this.account ? this.#renderAccount(this.account, busy) : nothing;
      case 'loan':
        return loan && views()
          ? views()!.loanDetail({
              t,
              format,
              loan,
              agreement: this.agreement,
              payments: this.payments,
              busy,
              onRetryPayments: () => this.readPayments(),
              onAgreement: () => void this.showAgreement(),
              onCertificate: () => void this.showCertificate(),
              onRepay: () => this.startRepay(loan),
              onBack: () => this.backToAccount(`[data-loan-details="${loan.id}"]`),
            })
          : nothing;
      case 'receipt':
        return this.#renderReceiptStep(false);
      case 'repay':
      case 'sending':
        if (this.flow === 'receipt') return this.#renderReceiptStep(this.state === 'sending');
        return loan
          ? repayQuote({
              t,
              format,
              loan,
              partial: this.repayment.partial,
              sending: this.state === 'sending',
              invalid: this.messageIsError && this.state === 'repay',
              onPartial: (partial) => {
                this.repayment.choosePartial(partial);
                if (partial) this.focusAfterUpdate('[part="amount-input"]');
              },
              onSubmit: (typed) => this.submitAmount(typed),
              onCancel: () => this.backToAccount(`[data-loan="${loan.id}"]`),
            })
          : nothing;
      case 'code':
      case 'processing':
        // The code step restates what the code confirms, beside the field.
        return this.flow === 'receipt'
          ? this.codeStep(t.confirmReceipt, confirm, this.receipts.summary(t, format))
          : this.codeStep(
              t.confirmRepay,
              confirm,
              loan ? this.repayment.summary(loan, t, format) : [],
            );
      case 'repaid':
        return outcome('success', t.repaid, this.#renderRepaymentReceipt(), back());
      case 'received':
        return outcome(
          'success',
          t.received,
          this.#renderReleaseReceipt(),
          back('#receipts-title'),
        );
      case 'statement':
        return this.statement && views()
          ? views()!.statementView(t, format, this.statement, back())
          : nothing;
      case 'certificate':
        return this.certificate && views()
          ? views()!.certificateView(t, format, this.certificate, back())
          : nothing;
      case 'reviewed':
        return outcome(
          'success',
          t.reviewed,
          reviewOutcome(t, format, this.locale, this.review),
          back('[part="review"]'),
        );
      case 'revoke-confirm':
        return this.#renderRevokeConfirm(busy);
      case 'revoked':
        return outcome('success', t.revoked, t.revokedDetail, back('[part="review"]'));
      case 'expired':
        return outcome('problem', t.expired, t.expiredDetail);
      case 'locked':
      case 'network-error':
        return this.sharedOutcome() ?? nothing;
      case 'error':
        return outcome(
          'problem',
          t.genericError,
          this.message === t.genericError ? '' : this.message,
        );
      default:
        return nothing;
    }
  }

  #renderAccount(account: Account, busy: boolean): TemplateResult {
    const t = this.messages;
    const options = { t, format: this.format, busy };
    return html`
      ${receiptsSection(options, account.receipts, (r) => this.confirmReceipt(r.payment))}
      ${loansSection(
        options,
        account.loans,
        (loan) => this.startRepay(loan),
        (loan) => void this.openLoan(loan),
      )}
      ${
        account.line
          ? statementForm(options, thisMonth(), (month) => void this.showStatement(month))
          : nothing
      }
      ${transactionsSection(options, account.transactions)}
      ${
        account.line
          ? html`<div class="actions">
              <button
                part="review"
                class="secondary"
                ?disabled=${busy}
                @click=${() => void this.requestReview()}
              >
                ${t.review}
              </button>
              <button
                part="revoke"
                class="link"
                ?disabled=${busy}
                @click=${() => {
                  this.focusAfterUpdate('#revoke-title');
                  this.setState('revoke-confirm');
                }}
              >
                ${t.revoke}
              </button>
            </div>`
          : nothing
      }
    `;
  }

  #renderRevokeConfirm(busy: boolean): TemplateResult {
    const t = this.messages;
    return html`<div class="confirm">
      <h2 id="revoke-title" tabindex="-1">${t.revokeTitle}</h2>
      <p>${t.revokeDetail}</p>
      <div class="actions">
        <button
          class="secondary"
          part="revoke-confirm"
          ?disabled=${busy}
          @click=${() => void this.revoke()}
        >
          ${t.revokeConfirm}
        </button>
        <button
          class="link"
          ?disabled=${busy}
          @click=${() => this.backToAccount('[part="revoke"]')}
        >
          ${t.cancel}
        </button>
      </div>
    </div>`;
  }

  #renderReceiptStep(sending: boolean): TemplateResult | typeof nothing {
    const current = this.receipts.current;
    const views = this.views.view;
    if (!current || !views) return nothing;
    return views.receiptStep({
      t: this.messages,
      format: this.format,
      receipt: current,
      rows: this.receipts.summary(this.messages, this.format),
      sending,
      onGetCode: () => this.sendReceiptCode(),
      onCancel: () => this.backToAccount('#receipts-title'),
    });
  }

  /** The repayment's e-receipt: how it was split, which loan, when. */
  #renderRepaymentReceipt(): TemplateResult | string {
    const repaid = this.repayment.receipt;
    if (!repaid) return '';
    const t = this.messages;
    const money = this.format.money;
    return receipt(t.receiptRecord, t.print, [
      [t.receiptAmount, money(repaid.amount)],
      [t.receiptPenalty, money(repaid.penalty)],
      [t.receiptInterest, money(repaid.interest)],
      [t.receiptPrincipal, money(repaid.principal)],
      [t.receiptLeft, money(repaid.principal_outstanding)],
      [t.loanNumber, repaid.loan],
      [t.repaymentNumber, repaid.id],
      [t.method, t.walletMethod],
      [t.confirmedAt, this.format.time(repaid.created)],
    ]);
  }

  /** The release's e-receipt: what the bank paid to whom, for which order, when. */
  #renderReleaseReceipt(): TemplateResult | string {
    const current = this.receipts.current;
    if (!current) return '';
    const t = this.messages;
    const amount = this.format.money(current.amount);
    // The confirmation's rows without the auto-confirm date: the shop confirmed before it.
    return html`<p>${t.receivedDetail(amount, current.supplier_name)}</p>
      ${receipt(t.receiptRecord, t.print, [
        ...this.receipts.summary(t, this.format).slice(0, -1),
        [t.confirmedAt, this.format.time(this.releasedAt)],
      ])}`;
  }
}
