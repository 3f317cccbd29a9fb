import { Task } from '@lit/task';
import {
  parseMoneyInput,
  sessionIdOfClientSecret,
  startOfShanghaiDay,
  type CreditLine,
  type LimitReview,
  type Loan,
  type Money,
  type Repayment,
  type Wallet,
  type WalletTransaction,
} from '@xinghui/contract';
import { html, nothing, type TemplateResult } from 'lit';
import { failureCode, failureWaitSeconds } from '../../base/failure.js';
import { XhFlowElement } from '../../base/flow-element.js';
import { emit } from '../../events/emit.js';
import { baseStyles } from '../../styles/base.styles.js';
import { outcome } from '../../templates/outcome.js';
import { creditWalletMessages, type CreditWalletMessages } from './credit-wallet.messages.js';
import { creditWalletStyles } from './credit-wallet.styles.js';

/**
 * Where the credit wallet is in its flow; reflected as the host's `state` attribute, so pages
 * and tests can see (and style) it.
 */
export type CreditWalletState =
  | 'loading'
  | 'ready'
  | 'repay'
  | 'sending'
  | 'code'
  | 'processing'
  | 'repaid'
  | 'reviewing'
  | 'reviewed'
  | 'revoke-confirm'
  | 'revoked'
  | 'expired'
  | 'network-error'
  | 'locked'
  | 'error';

/** Everything the wallet shows, read in one go. */
interface Account {
  wallet: Wallet;
  /** `null`: the shop has no credit line yet. */
  line: CreditLine | null;
  loans: Loan[];
  transactions: WalletTransaction[];
}

/** Events elsewhere on the page after which the figures are out of date. */
const REFRESH_ON = ['xh-payment-succeeded', 'xh-loan-confirmed', 'xh-repayment-succeeded'];

/**
 * The shop's credit and wallet in the platform's "my account" area: limit, used and available
 * credit, the wallet balance, the loans with their next due dates (overdue ones explained), recent
 * wallet activity; repays a loan (in full, in part, early) with the payoff quote and a one-time
 * code; asks for a limit review; revokes data sharing. A wallet session your server created for
 * one shop scopes it; it refreshes itself after a payment, a loan or a repayment on the page.
 *
 * @summary The shop's credit line, loans and wallet, with repayment and limit reviews.
 *
 * @event xh-ready - The account is loaded. `detail: { walletSessionId }`
 * @event xh-repayment-succeeded - A loan was repaid. `detail: { loanId, repaymentId, amount }`
 * @event xh-repayment-failed - A repayment attempt failed. `detail: { code, message }`
 * @event xh-limit-review-completed - The bank reviewed the limit. `detail: { outcome, limit }`
 *
 * @csspart base - The card around everything.
 * @csspart limit - The credit limit.
 * @csspart used - The credit used.
 * @csspart available - The credit available.
 * @csspart gauge - The meter of used credit.
 * @csspart line-status - The line's status (active, frozen).
 * @csspart apr - The APR.
 * @csspart daily-rate - The daily rate.
 * @csspart balance - The wallet balance.
 * @csspart loans - The list of loans.
 * @csspart loan - One loan.
 * @csspart repay - A loan's repay button.
 * @csspart transactions - The list of recent wallet movements.
 * @csspart quote - The payoff quote of the loan being repaid.
 * @csspart payoff - The quote's total: what repaying everything today costs.
 * @csspart amount-input - The field for a partial repayment's amount.
 * @csspart get-code - The button that sends the repayment code.
 * @csspart code-input - The one-time code field.
 * @csspart confirm - The button that confirms the repayment with the code.
 * @csspart resend - The button that sends a new code.
 * @csspart receipt - The repayment's receipt (penalty, interest, principal).
 * @csspart review - The button that asks for a limit review.
 * @csspart review-outcome - The limit review's outcome in words.
 * @csspart revoke - The button that starts revoking data sharing.
 * @csspart revoke-confirm - The button that confirms revoking data sharing.
 * @csspart no-line - What is said when the shop has no credit line yet.
 * @csspart status - The live status line (progress and errors).
 *
 * @cssproperty --xh-color-primary - Buttons, accents and the gauge. Default `#0b57d0`.
 * @cssproperty --xh-color-on-primary - Text on primary buttons. Default `#ffffff`.
 * @cssproperty --xh-color-text - Text. Default `#1f2329`.
 * @cssproperty --xh-color-muted - Labels and hints. Default `#5c6370`.
 * @cssproperty --xh-color-danger - Errors and overdue loans. Default `#b3261e`.
 * @cssproperty --xh-color-success - Success. Default `#1a7f37`.
 * @cssproperty --xh-color-surface - The card's background. Default `#ffffff`.
 * @cssproperty --xh-color-border - The card's border and separators. Default `#dee0e3`.
 * @cssproperty --xh-color-focus - Focus rings. Default `#3370ff`.
 * @cssproperty --xh-radius - The card's corners. Default `0.75rem`.
 * @cssproperty --xh-spacing - Space between rows. Default `0.75rem`.
 * @cssproperty --xh-font-family - Text font.
 *
 * @example
 * ```html
 * <xh-credit-wallet client-secret="ws_…_secret_…" publishable-key="pk_test_…"></xh-credit-wallet>
 * ```
 */
export class XhCreditWallet extends XhFlowElement<CreditWalletState> {
  /** The shadow root's styles: theme them with the `--xh-…` custom properties and `::part`. */
  static override styles = [baseStyles, creditWalletStyles];

  static override properties = {
    account: { state: true, attribute: false },
    loanId: { state: true, attribute: false },
    partial: { state: true, attribute: false },
    receipt: { state: true, attribute: false },
    review: { state: true, attribute: false },
    busy: { state: true, attribute: false },
  };

  declare private account: Account | undefined;
  /** The loan being repaid. */
  declare private loanId: string;
  declare private partial: boolean;
  declare private receipt: Repayment | undefined;
  declare private review: LimitReview | undefined;
  declare private busy: boolean;

  /** The amount the code was sent for; `undefined` is the payoff. */
  #amount: Money | undefined;
  #announced = false;
  readonly #onPageEvent = () => void this.#load.run();

  // Outcome blocks have their own heading: the status line only announces these.
  protected override readonly beforeCode = 'repay';
  protected override readonly outcomes: ReadonlySet<CreditWalletState> = new Set([
    'repaid',
    'reviewed',
    'revoked',
    'expired',
    'network-error',
    'locked',
    'error',
  ]);

  constructor() {
    super();
    this.loanId = '';
    this.partial = false;
    this.busy = false;
  }

  readonly #load = new Task(this, {
    args: () => this.clientArgs,
    task: async ([clientSecret], { signal }): Promise<Account> => {
      const client = this.client;
      const readLine = () =>
        client.credit.retrieveLine(clientSecret, { signal }).catch((error: unknown) => {
          if (failureCode(error) === 'resource_missing') return null;
          throw error;
        });
      // The wallet says whether there is a line (`credit_line: null`: none yet, so no call that
      // would fail); a bank from before that field leaves it out and answers the read with 404.
      const wallet = client.wallet.retrieve(clientSecret, { signal });
      const [walletRead, line, loans, transactions] = await Promise.all([
        wallet,
        wallet.then((read) => (read.credit_line === null ? null : readLine())),
        client.wallet.listLoans(clientSecret, { limit: 20 }, { signal }),
        client.wallet.listTransactions(clientSecret, { limit: 10 }, { signal }),
      ]);
      return { wallet: walletRead, line, loans: loans.data, transactions: transactions.data };
    },
    onComplete: (account) => this.#loaded(account),
    onError: (error) => this.#failed(error, () => this.refresh()),
  });

  /** Reloads every figure from the bank. */
  refresh(): void {
    this.setState('loading');
    void this.#load.run();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    for (const type of REFRESH_ON) document.addEventListener(type, this.#onPageEvent);
  }

  /** Removed from the page: stops listening and cancels what is still loading. */
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const type of REFRESH_ON) document.removeEventListener(type, this.#onPageEvent);
    this.#load.abort();
  }

  protected get messages(): CreditWalletMessages {
    return creditWalletMessages[this.locale];
  }

  get #loan(): Loan | undefined {
    return this.account?.loans.find((loan) => loan.id === this.loanId);
  }

  /** Every new state ends whatever was in flight. */
  protected override setState(state: CreditWalletState, message = '', isError = false): void {
    super.setState(state, message, isError);
    this.busy = false;
  }

  #loaded(account: Account): void {
    this.account = account;
    if (this.state === 'loading') this.setState('ready');
    if (!this.#announced) {
      this.#announced = true;
      emit(this, 'xh-ready', { walletSessionId: sessionIdOfClientSecret(this.clientSecret) ?? '' });
    }
  }

  /** Turns any failure into a state with a way forward; `retry` repeats what failed. */
  #failed(error: unknown, retry: () => void): void {
    const t = this.messages;
    const code = failureCode(error);
    const loan = this.#loan;
    switch (code) {
      case 'insufficient_balance':
        this.#toQuote(t.notEnoughBalance(this.format.money(this.account!.wallet.balance)));
        break;
      case 'amount_too_large':
        this.#toQuote(t.amountTooLarge(loan ? this.format.money(loan.payoff_amount) : ''));
        break;
      case 'parameter_invalid':
        this.#toQuote(t.bankRefused(code));
        break;
      default:
        this.showFailure(code, retry, failureWaitSeconds(error));
    }
  }

  /** Back to the quote with what went wrong (the figures reloaded: they may have moved). */
  #toQuote(message: string): void {
    this.code.stop();
    this.focusAfterUpdate(this.partial ? '[part="amount-input"]' : '#quote-title');
    this.setState('repay', message, true);
    void this.#load.run();
  }

  #startRepay(loan: Loan): void {
    this.loanId = loan.id;
    this.partial = false;
    this.code.stop();
    this.code.phoneMasked = '';
    this.focusAfterUpdate('#quote-title');
    this.setState('repay');
  }

  #backToAccount(focus = '#loans-title'): void {
    this.code.stop();
    this.focusAfterUpdate(focus);
    this.setState('ready');
  }

  /** Checks the amount in the page, then asks the bank for a code bound to it. */
  #submitAmount(event: SubmitEvent): void {
    event.preventDefault();
    const t = this.messages;
    const loan = this.#loan;
    if (!loan || !this.account) return;
    let amount: Money | undefined;
    if (this.partial) {
      const input = (event.currentTarget as HTMLFormElement).elements.namedItem('amount');
      const parsed = parseMoneyInput((input as HTMLInputElement).value);
      const problem = !parsed
        ? t.badAmount
        : parsed.amount === 0
          ? t.amountZero
          : parsed.amount > loan.payoff_amount.amount
            ? t.amountTooLarge(this.format.money(loan.payoff_amount))
            : '';
      if (problem) {
        this.focusAfterUpdate('[part="amount-input"]');
        this.setState('repay', problem, true);
        return;
      }
      amount = parsed!;
    }
    const wanted = amount?.amount ?? loan.payoff_amount.amount;
    if (wanted > this.account.wallet.balance.amount) {
      this.setState(
        'repay',
        t.notEnoughBalance(this.format.money(this.account.wallet.balance)),
        true,
      );
      return;
    }
    this.#amount = amount;
    void this.#sendCode();
  }

  #sendCode(): Promise<void> {
    const { clientSecret, loanId } = this;
    const params = this.#amount ? { amount: this.#amount } : {};
    return this.sendCode((signal) =>
      this.client.wallet.requestRepaymentCode(clientSecret, loanId, params, { signal }),
    );
  }

  async #confirm(code: string, idempotencyKey: string): Promise<void> {
    const t = this.messages;
    this.setState('processing', t.processing);
    const signal = this.newAction();
    try {
      const receipt = await this.client.wallet.repay(
        this.clientSecret,
        this.loanId,
        { verification_code: code, ...(this.#amount ? { amount: this.#amount } : {}) },
        { signal, idempotencyKey },
      );
      this.receipt = receipt;
      this.code.stop();
      this.focusAfterUpdate('.outcome h2');
      this.setState('repaid', t.repaid);
      // Bubbles to the document, where this element (and any other) hears it and reloads.
      emit(this, 'xh-repayment-succeeded', {
        loanId: receipt.loan,
        repaymentId: receipt.id,
        amount: receipt.amount,
      });
    } catch (error) {
      this.#failed(error, () => void this.#confirm(code, idempotencyKey));
      emit(this, 'xh-repayment-failed', {
        code: failureCode(error) ?? 'aborted',
        message: this.message,
      });
    }
  }

  async #requestReview(): Promise<void> {
    const t = this.messages;
    this.setState('reviewing', t.reviewing);
    this.busy = true;
    const signal = this.newAction();
    try {
      const review = await this.client.wallet.requestLimitReview(this.clientSecret, {
        signal,
      });
      this.review = review;
      this.focusAfterUpdate('.outcome h2');
      this.setState('reviewed', t.reviewed);
      emit(this, 'xh-limit-review-completed', { outcome: review.outcome, limit: review.limit });
      void this.#load.run();
    } catch (error) {
      if (failureCode(error) === 'resource_missing')
        this.setState('ready', t.noLineForReview, true);
      else this.#failed(error, () => void this.#requestReview());
    }
  }

  async #revoke(): Promise<void> {
    this.busy = true;
    this.message = '';
    const signal = this.newAction();
    try {
      await this.client.wallet.revokeDataSharing(this.clientSecret, {
        signal,
      });
      this.#revoked();
    } catch (error) {
      // Nothing left to revoke: it was revoked before.
      if (failureCode(error) === 'resource_missing') this.#revoked();
      else this.#failed(error, () => void this.#revoke());
    }
  }

  #revoked(): void {
    this.focusAfterUpdate('.outcome h2');
    this.setState('revoked', this.messages.revoked);
  }

  protected override render(): TemplateResult {
    const t = this.messages;
    const busy =
      this.busy ||
      this.state === 'loading' ||
      this.state === 'sending' ||
      this.state === 'processing';
    const account = this.state === 'expired' || this.state === 'error' ? undefined : this.account;
    return html`
      <div part="base" aria-busy=${busy ? 'true' : 'false'}>
        ${account ? this.#renderOverview(account) : nothing} ${this.#renderStep(account)}
        ${this.statusLine(t.loading)}
      </div>
    `;
  }

  #renderOverview({ wallet, line }: Account): TemplateResult {
    const t = this.messages;
    const money = this.format.money;
    const lineStatus = line
      ? ((
          { active: t.lineActive, frozen: t.lineFrozen, closed: t.lineClosed } as Record<
            string,
            string
          >
        )[line.status] ?? line.status)
      : '';
    return html`
      <section class="overview" aria-labelledby="overview-title">
        <h2 id="overview-title">${t.title}</h2>
        ${
          line
            ? html`
                <div class="row">
                  <span class="label">${t.available}</span>
                  <span part="available" class="figure">${money(line.available)}</span>
                </div>
                <meter
                  part="gauge"
                  min="0"
                  max=${Math.max(1, line.limit.amount)}
                  value=${line.used.amount}
                  aria-label=${t.used}
                  aria-valuetext=${t.usage(money(line.used), money(line.limit))}
                ></meter>
                <p class="label gauge-text">${t.usage(money(line.used), money(line.limit))}</p>
                <div class="row">
                  <span class="label">${t.creditLimit}</span>
                  <span part="limit" class="amount">${money(line.limit)}</span>
                </div>
                <div class="row">
                  <span class="label">${t.used}</span>
                  <span part="used" class="amount">${money(line.used)}</span>
                </div>
                <div class="row">
                  <span class="label">${t.lineStatus}</span>
                  <span part="line-status" class=${line.status === 'active' ? '' : 'warning'}
                    >${lineStatus}</span
                  >
                </div>
                ${line.status === 'frozen' ? html`<p class="note warning">${t.frozenDetail}</p>` : nothing}
                <div class="row">
                  <span class="label">${t.apr}</span>
                  <span part="apr">${this.format.rate(line.apr)}</span>
                </div>
                <div class="row">
                  <span class="label">${t.dailyRate}</span>
                  <span part="daily-rate">${this.format.rate(line.daily_rate)}</span>
                </div>
              `
            : html`<p class="note" part="no-line">${t.noLine}</p>`
        }
        <div class="row">
          <span class="label">${t.walletBalance}</span>
          <span part="balance" class="amount">${money(wallet.balance)}</span>
        </div>
      </section>
    `;
  }

  #renderStep(account: Account | undefined): TemplateResult | typeof nothing {
    const t = this.messages;
    switch (this.state) {
      case 'ready':
      case 'reviewing':
        return account ? this.#renderAccount(account) : nothing;
      case 'repay':
      case 'sending':
        return this.#renderQuote();
      case 'code':
      case 'processing':
        return this.codeStep(t.confirmRepay, (code, key) => void this.#confirm(code, key));
      case 'repaid':
        return outcome('success', t.repaid, this.#renderReceipt(), {
          label: t.backToAccount,
          run: () => this.#backToAccount(),
        });
      case 'reviewed':
        return outcome('success', t.reviewed, this.#renderReview(), {
          label: t.backToAccount,
          run: () => this.#backToAccount('[part="review"]'),
        });
      case 'revoke-confirm':
        return html`<div class="confirm">
          <h2 id="revoke-title" tabindex="-1">${t.revokeTitle}</h2>
          <p>${t.revokeDetail}</p>
          <div class="actions">
            <button
              class="secondary"
              part="revoke-confirm"
              ?disabled=${this.busy}
              @click=${() => void this.#revoke()}
            >
              ${t.revokeConfirm}
            </button>
            <button
              class="link"
              ?disabled=${this.busy}
              @click=${() => this.#backToAccount('[part="revoke"]')}
            >
              ${t.cancel}
            </button>
          </div>
        </div>`;
      case 'revoked':
        return outcome('success', t.revoked, t.revokedDetail, {
          label: t.backToAccount,
          run: () => this.#backToAccount('[part="review"]'),
        });
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

  #renderAccount({ line, loans, transactions }: Account): TemplateResult {
    const t = this.messages;
    const money = this.format.money;
    const busy = this.state === 'reviewing';
    return html`
      <section aria-labelledby="loans-title">
        <h2 id="loans-title" tabindex="-1">${t.loans}</h2>
        ${
          loans.length === 0
            ? html`<p class="note">${t.noLoans}</p>`
            : html`<ul part="loans" class="list">
                ${loans.map((loan) => this.#renderLoan(loan, busy))}
              </ul>`
        }
      </section>
      <section aria-labelledby="tx-title">
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
                        <span class="label">${this.format.date(tx.created)}</span></span
                      >
                      <span class="amount ${tx.amount.amount < 0 ? '' : 'credit'}"
                        >${tx.amount.amount > 0 ? '+' : ''}${money(tx.amount)}</span
                      >
                    </li>`,
                )}
              </ul>`
        }
      </section>
      ${
        line
          ? html`<div class="actions">
              <button
                part="review"
                class="secondary"
                ?disabled=${busy}
                @click=${() => void this.#requestReview()}
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

  #renderLoan(loan: Loan, busy: boolean): TemplateResult {
    const t = this.messages;
    const money = this.format.money;
    const overdue = loan.status === 'overdue';
    const status =
      (
        { active: t.loanActive, overdue: t.loanOverdue, repaid: t.loanRepaid } as Record<
          string,
          string
        >
      )[loan.status] ?? loan.status;
    const headingId = `loan-${loan.id}`;
    return html`<li part="loan" class="loan ${overdue ? 'overdue' : ''}" data-status=${loan.status}>
      <h3 id=${headingId}>
        ${money(loan.principal)} · ${this.format.date(startOfShanghaiDay(loan.disbursed_on))}
        <span class="badge ${overdue ? 'warning' : ''}">${status}</span>
      </h3>
      <div class="row">
        <span class="label">${t.outstanding}</span>
        <span class="amount">${money(loan.principal_outstanding)}</span>
      </div>
      ${
        loan.next_due_date
          ? html`<div class="row">
              <span class="label">${t.nextDue}</span>
              <span class="amount"
                >${t.due(
                  this.format.date(startOfShanghaiDay(loan.next_due_date)),
                  money(loan.next_due_amount),
                )}</span
              >
            </div>`
          : nothing
      }
      ${
        loan.past_due_amount.amount > 0
          ? html`<div class="row">
              <span class="label">${t.pastDue}</span>
              <span class="amount warning">${money(loan.past_due_amount)}</span>
            </div>`
          : nothing
      }
      ${overdue ? html`<p class="note warning">${t.overdueDetail}</p>` : nothing}
      ${
        loan.status === 'repaid'
          ? nothing
          : html`<button
              part="repay"
              class="secondary"
              data-loan=${loan.id}
              aria-describedby=${headingId}
              ?disabled=${busy}
              @click=${() => this.#startRepay(loan)}
            >
              ${t.repay}
            </button>`
      }
    </li>`;
  }

  #renderQuote(): TemplateResult | typeof nothing {
    const t = this.messages;
    const loan = this.#loan;
    if (!loan) return nothing;
    const money = this.format.money;
    const sending = this.state === 'sending';
    return html`<section part="quote" aria-labelledby="quote-title">
      <h2 id="quote-title" tabindex="-1">${t.quoteTitle}</h2>
      <div class="row">
        <span class="label">${t.quotePrincipal}</span>
        <span class="amount">${money(loan.principal_outstanding)}</span>
      </div>
      <div class="row">
        <span class="label">${t.quoteInterest}</span>
        <span class="amount">${money(loan.accrued_interest)}</span>
      </div>
      <div class="row">
        <span class="label">${t.quotePenalty}</span>
        <span class="amount">${money(loan.penalty_interest)}</span>
      </div>
      <div class="row total">
        <span>${t.payoff}</span>
        <span class="amount" part="payoff">${money(loan.payoff_amount)}</span>
      </div>
      <p class="note">${t.earlyNote}</p>
      <form @submit=${(event: SubmitEvent) => this.#submitAmount(event)} novalidate>
        <fieldset ?disabled=${sending}>
          <legend class="visually-hidden">${t.repay}</legend>
          <label class="choice">
            <input
              type="radio"
              name="mode"
              value="full"
              .checked=${!this.partial}
              @change=${() => (this.partial = false)}
            />
            ${t.repayFull} ${money(loan.payoff_amount)}
          </label>
          <label class="choice">
            <input
              type="radio"
              name="mode"
              value="partial"
              .checked=${this.partial}
              @change=${() => {
                this.partial = true;
                this.focusAfterUpdate('[part="amount-input"]');
              }}
            />
            ${t.repayPartial}
          </label>
        </fieldset>
        ${
          this.partial
            ? html`<label for="amount">${t.amountLabel}</label>
                <input
                  id="amount"
                  name="amount"
                  part="amount-input"
                  inputmode="decimal"
                  autocomplete="off"
                  aria-describedby="amount-hint"
                  aria-invalid=${this.messageIsError && this.state === 'repay' ? 'true' : 'false'}
                  ?disabled=${sending}
                />
                <span id="amount-hint" class="muted"
                  >${t.amountHint(money(loan.payoff_amount))}</span
                >`
            : nothing
        }
        <button part="get-code" class="primary" type="submit" ?disabled=${sending}>
          ${t.getCode}
        </button>
        <button
          class="link"
          type="button"
          ?disabled=${sending}
          @click=${() => this.#backToAccount(`[data-loan="${loan.id}"]`)}
        >
          ${t.cancel}
        </button>
      </form>
    </section>`;
  }

  #renderReceipt(): TemplateResult | string {
    const receipt = this.receipt;
    if (!receipt) return '';
    const t = this.messages;
    const money = this.format.money;
    const rows: [string, Money][] = [
      [t.receiptAmount, receipt.amount],
      [t.receiptPenalty, receipt.penalty],
      [t.receiptInterest, receipt.interest],
      [t.receiptPrincipal, receipt.principal],
      [t.receiptLeft, receipt.principal_outstanding],
    ];
    return html`<div part="receipt">
      ${rows.map(
        ([label, value]) =>
          html`<div class="row">
            <span class="label">${label}</span> <span class="amount">${money(value)}</span>
          </div>`,
      )}
      <p class="muted">${receipt.id}</p>
    </div>`;
  }

  #renderReview(): TemplateResult | string {
    const review = this.review;
    if (!review) return '';
    const t = this.messages;
    const from = this.format.money(review.previous_limit);
    const to = this.format.money(review.limit);
    const headline =
      review.outcome === 'raise'
        ? t.outcomes.raise(from, to)
        : review.outcome === 'cut'
          ? t.outcomes.cut(from, to)
          : t.outcomes.hold(from);
    return html`<p part="review-outcome">${headline}</p>
      ${
        review.reasons.length
          ? html`<ul class="reasons">
              ${review.reasons.map((reason) => html`<li>${reason.message[this.locale]}</li>`)}
            </ul>`
          : nothing
      }`;
  }
}
