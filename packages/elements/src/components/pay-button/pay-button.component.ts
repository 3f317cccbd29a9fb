import { money, type ClientCheckoutSession, type Money } from '@xinghui/contract';
import { html, nothing, type TemplateResult } from 'lit';
import { failureCode, failureWaitSeconds } from '../../base/failure.js';
import { XhFlowElement, type FlowState } from '../../base/flow-element.js';
import { CountdownController } from '../../controllers/countdown.controller.js';
import { CreditCheckoutController } from '../../controllers/credit-checkout.controller.js';
import { emit } from '../../events/emit.js';
import { baseStyles } from '../../styles/base.styles.js';
import { creditStyles } from '../../styles/credit.styles.js';
import { commitment } from '../../templates/commitment.js';
import { creditChoice, loanPayee } from '../../templates/credit-choice.js';
import { orderSummary } from '../../templates/order-summary.js';
import { paymentMethods } from '../../templates/payment-methods.js';
import { outcome } from '../../templates/outcome.js';
import { receipt } from '../../templates/receipt.js';
import { payButtonMessages, type PayButtonMessages } from './pay-button.messages.js';
import { payButtonStyles } from './pay-button.styles.js';

/**
 * Where the pay button is in its flow; reflected as the host's `state` attribute (and announced
 * by `xh-state-change`), so pages and tests can see (and style) it.
 */
export type PayButtonState = FlowState | 'ready' | 'succeeded' | 'insufficient';

/** Refusals that mean the session, the balance, the line or the agreement changed. */
const REREAD = new Set([
  'session_not_open',
  'insufficient_credit',
  'credit_line_frozen',
  'credit_line_missing',
  'consent_template_outdated',
  'insufficient_balance',
]);

/** How the shop pays: from its wallet, or on credit when the session and its line allow. */
export type PayButtonMethod = 'wallet' | 'credit';

/**
 * The cashier (收银台) of a checkout session: the order (its lines, its number, the time left to
 * pay), the amount and the supplier, and one choice of how to pay: the shop's Xinghui Wallet
 * (星辉钱包) or, when the session and the shop's line allow, Xinghui Credit (星辉贷) with its full
 * terms and the loan agreement. A one-time code to the shop owner's phone confirms, on a step
 * that restates what it confirms; the outcome is an e-receipt (电子回单) that can be printed.
 * Where the money goes is said as the session has it: held by the bank in escrow until receipt,
 * or paid to the supplier at once. The amount and the payee come from the session your server
 * created; the page cannot change them.
 *
 * @summary The checkout: wallet or credit in one place, confirmed by SMS code, with a receipt.
 *
 * @event xh-ready - The session is loaded. `detail: { checkoutSessionId, canEnrol }` (`canEnrol`: credit is allowed but the shop has no line yet)
 * @event xh-payment-succeeded - The payment is made (held in escrow or paid to the supplier, as the session says). `detail: { checkoutSessionId, paymentId, amount }`
 * @event xh-payment-failed - A payment attempt failed. `detail: { code, message }`
 * @event xh-top-up-requested - Neither the wallet nor credit can pay, and the shop owner chose to top up. `detail: { checkoutSessionId, shortfall }`
 *
 * @csspart base - The card around everything.
 * @csspart order - The order: its number, lines and the time left to pay.
 * @csspart line-item - One line of the order.
 * @csspart time-left - The time left to pay, counting down.
 * @csspart amount - The amount due.
 * @csspart supplier - The supplier's name.
 * @csspart escrow - Where the money goes: held by the bank until receipt, or paid at once.
 * @csspart balance - The wallet balance.
 * @csspart credit-available - What the credit line has available, beside its choice.
 * @csspart method - Each payment method's radio (wallet, credit).
 * @csspart term - Each term's radio, on credit.
 * @csspart offer-summary - The chosen term's full cost, on credit.
 * @csspart schedule - The chosen term's repayment schedule.
 * @csspart agreement - The loan agreement.
 * @csspart agreement-checkbox - The box that accepts it.
 * @csspart pay - The button that starts paying (sends the code).
 * @csspart top-up - The way to top up when nothing can pay.
 * @csspart receipt - The e-receipt after paying.
 * @csspart print - The button that prints the receipt.
 *
 * @example
 * ```html
 * <xh-pay-button client-secret="cs_…_secret_…" publishable-key="pk_test_…"></xh-pay-button>
 * ```
 */
export class XhPayButton extends XhFlowElement<PayButtonState> {
  /** The shadow root's styles: theme them with the `--xh-…` custom properties and `::part`. */
  static override styles = [baseStyles, creditStyles, payButtonStyles];
  static override properties = {
    topUpUrl: { attribute: 'top-up-url' },
    session: { state: true, attribute: false },
    paymentId: { state: true, attribute: false },
    paidAt: { state: true, attribute: false },
    method: { state: true, attribute: false },
  };

  /** Where to send the shop owner to top up when nothing can pay; `xh-top-up-requested` fires either way. */
  declare topUpUrl: string;
  declare private session: ClientCheckoutSession | undefined;
  declare private paymentId: string;
  declare private paidAt: number;
  declare private method: PayButtonMethod;

  /** The credit choice: offers, term, agreement. */
  readonly #credit = new CreditCheckoutController(this);
  /** How long the session stays open; at 0 it can no longer be paid. */
  readonly #timeLeft = new CountdownController(this, () => {
    if (this.state === 'ready' || this.state === 'insufficient') {
      this.setState('expired', this.messages.expired, true);
    }
  });

  protected override readonly beforeCode = 'ready';
  protected override readonly outcomes: ReadonlySet<PayButtonState> = new Set([
    'succeeded',
    'insufficient',
    'expired',
    'locked',
    'network-error',
    'error',
  ]);

  constructor() {
    super();
    this.topUpUrl = '';
    this.paymentId = '';
    this.paidAt = 0;
    this.method = 'wallet';
    this.loadTask(
      async (clientSecret, signal) => {
        const session = await this.client.checkoutSessions.retrieve(clientSecret, { signal });
        await this.#credit.load(this.client, clientSecret, session, this.locale, signal);
        return session;
      },
      (session) => this.#loaded(session),
      (error) => this.#failed(error, () => this.refresh()),
    );
  }

  /** Reloads the session: its status, the wallet balance and the credit (after a top-up, say). */
  refresh(): void {
    this.reload();
  }

  protected get messages(): PayButtonMessages {
    return payButtonMessages[this.locale];
  }

  /** Money moved elsewhere on the page: fresh figures, unless the shop owner is mid-payment. */
  protected override fundsChanged(): void {
    if (this.state === 'ready' || this.state === 'insufficient') super.fundsChanged();
  }

  get #shortfall(): number {
    const session = this.session;
    return session ? session.amount.amount - session.wallet.balance.amount : 0;
  }

  #loaded(session: ClientCheckoutSession): void {
    const first = this.session === undefined;
    this.session = session;
    this.#timeLeft.until(session.expires_at);
    // Credit in place of a wallet that cannot pay; the wallet when credit is not on offer.
    if (!this.#credit.offers) this.method = 'wallet';
    else if (this.#shortfall > 0) this.method = 'credit';
    if (session.status === 'complete') {
      this.paymentId = session.payment ?? '';
      this.setState('succeeded', this.messages.alreadyPaid);
    } else if (session.status === 'expired') {
      this.setState('expired', this.messages.expired, true);
    } else if (this.#shortfall > 0 && !this.#credit.offers) {
      this.setState('insufficient', this.messages.insufficient, true);
    } else {
      this.setState('ready');
    }
    const canEnrol = session.payment_methods.includes('credit') && session.credit === null;
    if (first) emit(this, 'xh-ready', { checkoutSessionId: session.id, canEnrol });
  }

  /** Turns any failure into a state with a way forward; `retry` repeats what failed. */
  #failed(error: unknown, retry: () => void): void {
    const code = failureCode(error);
    if (code && REREAD.has(code)) {
      // The session, the balance, the line or the agreement changed since the page loaded: read
      // it again (an empty wallet then offers credit, or a top-up).
      this.refresh();
    } else if (code === 'verification_code_required') {
      this.setState('ready', this.messages.genericError, true);
    } else {
      this.showFailure(code, retry, failureWaitSeconds(error));
    }
  }

  #startPaying(): void {
    const t = this.messages;
    if (this.method === 'credit' && !this.#credit.agreementAccepted) {
      this.focusAfterUpdate('[part="agreement-checkbox"]');
      this.setState('ready', t.agreementRequired, true);
    } else if (this.method === 'wallet' && this.#shortfall > 0) {
      this.setState('ready', t.insufficient, true);
    } else {
      const clientSecret = this.clientSecret;
      void this.sendCode((signal) =>
        this.client.checkoutSessions.requestVerificationCode(clientSecret, { signal }),
      );
    }
  }

  async #confirm(code: string, idempotencyKey: string): Promise<void> {
    this.setState('processing', this.messages.processing);
    const signal = this.newAction();
    try {
      const paid = await this.client.checkoutSessions.confirm(
        this.clientSecret,
        this.method === 'credit'
          ? this.#credit.confirmParams(code)
          : { payment_method: 'wallet', verification_code: code },
        { signal, idempotencyKey },
      );
      this.session = paid;
      this.paymentId = paid.payment ?? '';
      this.paidAt = Math.floor(Date.now() / 1000);
      this.code.stop();
      this.focusAfterUpdate('.outcome h2');
      this.setState('succeeded', this.messages.succeeded);
      emit(this, 'xh-payment-succeeded', {
        checkoutSessionId: paid.id,
        paymentId: this.paymentId,
        amount: money(paid.amount.amount, paid.amount.currency as 'CNY'),
      });
      this.funds.moved(this.method === 'credit' ? 'loan' : 'payment');
    } catch (error) {
      this.#failed(error, () => void this.#confirm(code, idempotencyKey));
      emit(this, 'xh-payment-failed', {
        code: failureCode(error) ?? 'aborted',
        message: this.message,
      });
    }
  }

  #money = (value: Money) => this.format.money(value);

  /** Where the money goes, as the session has it: held by the bank until receipt, or paid now. */
  #whereMoneyGoes(session: ClientCheckoutSession): string {
    const t = this.messages;
    return session.escrow ? t.escrowNotice(session.escrow.auto_release_days) : t.direct;
  }

  protected override render(): TemplateResult {
    const busy =
      this.state === 'loading' || this.state === 'sending' || this.state === 'processing';
    const session = this.session;
    return html`
      <div part="base" aria-busy=${busy ? 'true' : 'false'}>
        ${session && this.state !== 'succeeded' ? this.#renderOrder(session) : nothing}
        ${this.#renderStep()} ${this.statusLine(this.messages.loading)}
      </div>
    `;
  }

  #renderOrder(session: ClientCheckoutSession): TemplateResult {
    const t = this.messages;
    const secondsLeft = session.status === 'open' ? this.#timeLeft.left : 0;
    return html`
      ${orderSummary({ t, format: this.format, session, secondsLeft })}
      <div class="row">
        <span class="label">${t.amountDue}</span>
        <span part="amount" class="figure">${this.#money(session.amount)}</span>
      </div>
      <div class="row">
        <span class="label">${t.payTo}</span>
        <span part="supplier">${session.supplier.business_name}</span>
      </div>
      <p part="escrow" class="muted">${this.#whereMoneyGoes(session)}</p>
    `;
  }

  /** Wallet or credit in one place; with credit, its full terms and the agreement to accept. */
  #renderMethods(session: ClientCheckoutSession): TemplateResult {
    const t = this.messages;
    const credit = this.#credit;
    const busy = this.state === 'sending';
    const balance = this.#money(session.wallet.balance);
    const [format, payee] = [this.format, loanPayee(t, session)];
    if (!credit.offers) {
      return html`<div class="row">
        <span class="label">${t.walletBalance}</span>
        <span part="balance" class="figure">${balance}</span>
      </div>`;
    }
    return html`${paymentMethods<PayButtonMethod>({
      legend: t.paymentMethod,
      choices: [
        {
          method: 'wallet',
          name: t.methodWallet,
          detail: this.#shortfall > 0 ? t.walletShort(balance) : t.balance(balance),
          detailPart: 'balance',
        },
        {
          method: 'credit',
          name: t.methodCredit,
          detail: t.creditAvailable(this.#money(credit.offers.available)),
          detailPart: 'credit-available',
        },
      ],
      selected: this.method,
      disabled: busy,
      onChange: (method) => (this.method = method),
    })}
    ${this.method === 'credit' ? creditChoice({ t, format, credit, disabled: busy, payee }) : nothing}`;
  }

  /** Where the money went, and the e-receipt (电子回单): what was paid, to whom, how and when. */
  #renderSucceeded(session: ClientCheckoutSession): TemplateResult {
    const t = this.messages;
    const [amount, payee] = [this.#money(session.amount), session.supplier.business_name];
    const amountLeft = session.credit ? this.#money(session.credit.available) : '';
    return html`<p>${this.#whereMoneyGoes(session)}</p>
      ${
        this.paymentId
          ? receipt(
              t.receipt,
              t.print,
              [
                [t.paymentId, this.paymentId],
                ...(this.paidAt ? [[t.paidAt, this.format.time(this.paidAt)] as const] : []),
                [t.payTo, payee],
                [t.amountDue, amount],
                [t.paymentMethod, session.loan ? t.methodCredit : t.methodWallet],
                ...(session.description ? [[t.order, session.description] as const] : []),
                // Fresh figures: on credit, the line as the bank has it after this loan.
                ...(session.loan && session.credit ? [[t.creditLeft, amountLeft] as const] : []),
              ],
              this.paymentId,
            )
          : nothing
      }`;
  }

  #renderStep(): TemplateResult | typeof nothing {
    const t = this.messages;
    const session = this.session;
    switch (this.state) {
      case 'ready':
      case 'sending':
        return html`${session ? this.#renderMethods(session) : nothing}
          <button
            part="pay"
            class="primary"
            ?disabled=${this.state === 'sending'}
            @click=${() => this.#startPaying()}
          >
            ${this.method === 'credit' ? t.payWithCredit : t.payWithWallet}
          </button>`;
      case 'code':
      case 'processing':
        return this.codeStep(
          t.confirm,
          (code, key) => void this.#confirm(code, key),
          session
            ? commitment({
                t,
                format: this.format,
                session,
                method: this.method === 'credit' ? t.methodCredit : t.methodWallet,
                ...(this.method === 'credit' && { credit: this.#credit }),
              })
            : [],
        );
      case 'succeeded':
        return outcome('success', t.succeeded, session ? this.#renderSucceeded(session) : '');
      case 'insufficient':
        return this.#renderInsufficient();
      case 'expired':
        return outcome('problem', t.expired, t.expiredDetail);
      case 'error':
        return outcome('problem', t.genericError);
      default:
        return this.sharedOutcome() ?? nothing;
    }
  }

  /** Nothing can pay: the shortfall, a way to top up (the page's), and a fresh read after it. */
  #renderInsufficient(): TemplateResult {
    const t = this.messages;
    const shortfall = money(Math.max(0, this.#shortfall), 'CNY');
    const topUp = () =>
      emit(this, 'xh-top-up-requested', { checkoutSessionId: this.session?.id ?? '', shortfall });
    return outcome(
      'problem',
      t.insufficient,
      html`<p>${t.insufficientDetail(this.#money(shortfall))}</p>
        ${
          this.topUpUrl
            ? html`<a part="top-up" class="button primary" href=${this.topUpUrl} @click=${topUp}
                >${t.topUp}</a
              >`
            : html`<button part="top-up" class="primary" @click=${topUp}>${t.topUp}</button>`
        }`,
      { label: t.refreshBalance, run: () => this.refresh() },
    );
  }
}
