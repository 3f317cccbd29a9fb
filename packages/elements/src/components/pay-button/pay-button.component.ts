import { Task } from '@lit/task';
import {
  money,
  type ClientCheckoutSession,
  type ConsentTemplate,
  type LoanOffer,
  type LoanOffers,
} from '@xinghui/contract';
import { html, nothing, type TemplateResult } from 'lit';
import { failureCode, failureWaitSeconds } from '../../base/failure.js';
import { XhFlowElement } from '../../base/flow-element.js';
import { emit } from '../../events/emit.js';
import { baseStyles } from '../../styles/base.styles.js';
import { creditStyles } from '../../styles/credit.styles.js';
import { offerSummary, termKey, termOf, termPicker } from '../../templates/loan-offer.js';
import { outcome } from '../../templates/outcome.js';
import { payButtonMessages, type PayButtonMessages } from './pay-button.messages.js';
import { payButtonStyles } from './pay-button.styles.js';

/**
 * Where the pay button is in its flow; reflected as the host's `state` attribute, so pages
 * and tests can see (and style) it.
 */
export type PayButtonState =
  | 'loading'
  | 'ready'
  | 'sending'
  | 'code'
  | 'processing'
  | 'succeeded'
  | 'insufficient'
  | 'expired'
  | 'locked'
  | 'network-error'
  | 'error';

/** How the shop pays: from its wallet, or on credit when the session and its line allow. */
export type PayButtonMethod = 'wallet' | 'credit';

/** What paying on credit needs: the offers of an active line, and the loan agreement to accept. */
interface Credit {
  offers: LoanOffers;
  agreement: ConsentTemplate;
}

interface Loaded {
  session: ClientCheckoutSession;
  /** Present when the session allows credit and the shop's active line can fund it. */
  credit: Credit | undefined;
}

/**
 * Pays a checkout session from the shop's Xinghui Wallet: shows the amount, the supplier and
 * the wallet balance, sends a one-time code to the shop owner's phone, and confirms with it.
 * The amount and the payee come from the session your server created; the page cannot
 * change them.
 *
 * @summary One-click wallet payment of a checkout session, confirmed by SMS code.
 *
 * @event xh-ready - The session is loaded. `detail: { checkoutSessionId }`
 * @event xh-payment-succeeded - The supplier is paid. `detail: { checkoutSessionId, paymentId, amount }`
 * @event xh-payment-failed - A payment attempt failed. `detail: { code, message }`
 *
 * @csspart base - The card around everything.
 * @csspart amount - The amount due.
 * @csspart supplier - The supplier's name.
 * @csspart escrow - The note that the payment is held in escrow until the goods arrive.
 * @csspart balance - The wallet balance.
 * @csspart pay - The button that starts paying (sends the code).
 * @csspart code-input - The one-time code field.
 * @csspart confirm - The button that confirms the payment with the code.
 * @csspart resend - The button that sends a new code.
 * @csspart status - The live status line (progress and errors).
 *
 * @cssproperty --xh-color-primary - Buttons and accents. Default `#c7000b`.
 * @cssproperty --xh-color-on-primary - Text on primary buttons. Default `#ffffff`.
 * @cssproperty --xh-color-text - Text. Default `#1f2329`.
 * @cssproperty --xh-color-muted - Labels and hints. Default `#5c6370`.
 * @cssproperty --xh-color-danger - Errors. Default `#b3261e`.
 * @cssproperty --xh-color-success - Success. Default `#1a7f37`.
 * @cssproperty --xh-color-surface - The card's background. Default `#ffffff`.
 * @cssproperty --xh-color-border - The card's border. Default `#dee0e3`.
 * @cssproperty --xh-color-focus - Focus rings. Default `#3370ff`.
 * @cssproperty --xh-radius - The card's corners. Default `0.75rem`.
 * @cssproperty --xh-spacing - Space between rows. Default `0.75rem`.
 * @cssproperty --xh-font-family - Text font.
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
    session: { state: true, attribute: false },
    paymentId: { state: true, attribute: false },
    credit: { state: true, attribute: false },
    method: { state: true, attribute: false },
    selected: { state: true, attribute: false },
    agreementAccepted: { state: true, attribute: false },
  };

  declare private session: ClientCheckoutSession | undefined;
  declare private paymentId: string;
  declare private credit: Credit | undefined;
  declare private method: PayButtonMethod;
  declare private selected: string;
  declare private agreementAccepted: boolean;

  readonly #load = new Task(this, {
    args: () => this.clientArgs,
    task: ([clientSecret], { signal }) => this.#fetch(clientSecret, signal),
    onComplete: ({ session, credit }) => {
      this.credit = credit;
      if (!credit) this.method = 'wallet';
      else if (!credit.offers.data.some((offer) => termKey(offer) === this.selected)) {
        this.selected = credit.offers.data[0] ? termKey(credit.offers.data[0]) : '';
      }
      this.#loaded(session);
    },
    onError: (error) => this.#failed(error, () => void this.#load.run()),
  });

  // Outcome blocks have their own heading: the status line only announces these.
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
    this.paymentId = '';
    this.method = 'wallet';
    this.selected = '';
    this.agreementAccepted = false;
  }

  /** Reloads the session: its status and the wallet balance (after a top-up, say). */
  refresh(): void {
    this.setState('loading');
    void this.#load.run();
  }

  /** Removed from the page: cancels what is still loading. */
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#load.abort();
  }

  /**
   * The session and, when it allows credit, the shop's offers: only an active line with enough
   * available for this order is offered (no line, a frozen one or too little: the wallet only).
   */
  async #fetch(clientSecret: string, signal: AbortSignal): Promise<Loaded> {
    const client = this.client;
    const session = await client.checkoutSessions.retrieve(clientSecret, { signal });
    // The session says whether the shop's line can pay this order: no calls that would fail.
    const line = session.credit;
    if (
      session.status !== 'open' ||
      !session.payment_methods.includes('credit') ||
      line === null ||
      (line && (line.status !== 'active' || line.available.amount < session.amount.amount))
    ) {
      return { session, credit: undefined };
    }
    const [offers, agreement] = await Promise.all([
      client.credit.listLoanOffers(clientSecret, { signal }).catch((error: unknown) => {
        // A bank from before `session.credit` answers a shop without a line this way.
        if (failureCode(error) === 'credit_line_missing') return null;
        throw error;
      }),
      client.consents.retrieveTemplate(
        clientSecret,
        'loan_agreement',
        { locale: this.locale, term: this.#offer },
        { signal },
      ),
    ]);
    const usable =
      offers && offers.data.length > 0 && offers.available.amount >= session.amount.amount;
    return { session, credit: usable ? { offers, agreement } : undefined };
  }

  get #offer(): LoanOffer | undefined {
    return this.credit?.offers.data.find((offer) => termKey(offer) === this.selected);
  }

  protected get messages(): PayButtonMessages {
    return payButtonMessages[this.locale];
  }

  #loaded(session: ClientCheckoutSession): void {
    const first = this.session === undefined;
    this.session = session;
    if (session.status === 'complete') {
      this.paymentId = session.payment ?? '';
      this.setState('succeeded', this.messages.alreadyPaid);
    } else if (session.status === 'expired') {
      this.setState('expired', this.messages.expired, true);
    } else if (session.wallet.balance.amount < session.amount.amount && !this.credit) {
      this.setState('insufficient', this.messages.insufficient, true);
    } else {
      this.setState('ready');
    }
    if (first) emit(this, 'xh-ready', { checkoutSessionId: session.id });
  }

  /** Turns any failure into a state with a way forward; `retry` repeats what failed. */
  #failed(error: unknown, retry: () => void): void {
    const t = this.messages;
    const code = failureCode(error);
    switch (code) {
      case 'session_not_open':
      case 'insufficient_credit':
      case 'credit_line_frozen':
      case 'credit_line_missing':
      case 'consent_template_outdated':
        // The session, the line or the agreement changed since the page loaded: read it again.
        this.refresh();
        break;
      case 'insufficient_balance':
        this.setState('insufficient', t.insufficient, true);
        void this.#load.run();
        break;
      case 'verification_code_required':
        this.setState('ready', t.genericError, true);
        break;
      default:
        this.showFailure(code, retry, failureWaitSeconds(error));
    }
  }

  #startPaying(): void {
    if (this.method === 'credit' && !this.agreementAccepted) {
      this.focusAfterUpdate('[part="agreement-checkbox"]');
      this.setState('ready', this.messages.agreementRequired, true);
      return;
    }
    if (
      this.method === 'wallet' &&
      this.session &&
      this.session.wallet.balance.amount < this.session.amount.amount
    ) {
      this.setState('ready', this.messages.insufficient, true);
      return;
    }
    void this.#sendCode();
  }

  #sendCode(): Promise<void> {
    const clientSecret = this.clientSecret;
    return this.sendCode((signal) =>
      this.client.checkoutSessions.requestVerificationCode(clientSecret, { signal }),
    );
  }

  async #confirm(code: string, idempotencyKey: string): Promise<void> {
    this.setState('processing', this.messages.processing);
    const signal = this.newAction();
    try {
      const offer = this.#offer;
      const agreement = this.credit?.agreement;
      const paid = await this.client.checkoutSessions.confirm(
        this.clientSecret,
        this.method === 'credit' && offer && agreement
          ? {
              payment_method: 'credit',
              term: termOf(offer),
              loan_agreement: {
                template_version: agreement.version,
                locale: agreement.locale === 'en' ? 'en' : 'zh-CN',
              },
              verification_code: code,
            }
          : { payment_method: 'wallet', verification_code: code },
        { signal, idempotencyKey },
      );
      this.session = paid;
      this.paymentId = paid.payment ?? '';
      this.code.stop();
      this.focusAfterUpdate('.outcome h2');
      this.setState('succeeded', this.messages.succeeded);
      emit(this, 'xh-payment-succeeded', {
        checkoutSessionId: paid.id,
        paymentId: this.paymentId,
        amount: money(paid.amount.amount, paid.amount.currency as 'CNY'),
      });
    } catch (error) {
      this.#failed(error, () => void this.#confirm(code, idempotencyKey));
      emit(this, 'xh-payment-failed', {
        code: failureCode(error) ?? 'aborted',
        message: this.message,
      });
    }
  }

  protected override render(): TemplateResult {
    const busy =
      this.state === 'loading' || this.state === 'sending' || this.state === 'processing';
    return html`
      <div part="base" aria-busy=${busy ? 'true' : 'false'}>
        ${this.session ? this.#renderSummary(this.session) : nothing} ${this.#renderStep()}
        ${this.statusLine(this.messages.loading)}
      </div>
    `;
  }

  #renderSummary(session: ClientCheckoutSession): TemplateResult {
    const t = this.messages;
    return html`
      <div class="row">
        <span class="label">${t.amountDue}</span>
        <span part="amount">${this.format.money(session.amount)}</span>
      </div>
      <div class="row">
        <span class="label">${t.payTo}</span>
        <span part="supplier">${session.supplier.business_name}</span>
      </div>
      <div class="row">
        <span class="label">${t.walletBalance}</span>
        <span part="balance">${this.format.money(session.wallet.balance)}</span>
      </div>
      ${session.escrow ? html`<p part="escrow" class="muted">${t.escrowNotice}</p>` : nothing}
    `;
  }

  /** Wallet or credit; with credit, the terms inline and the loan agreement to accept. */
  #renderMethods(credit: Credit): TemplateResult {
    const t = this.messages;
    const busy = this.state === 'sending';
    const offer = this.#offer;
    const choose = (method: PayButtonMethod) => () => (this.method = method);
    return html`<fieldset class="methods">
        <legend>${t.paymentMethod}</legend>
        <div class="term">
          <input
            type="radio"
            id="method-wallet"
            name="method"
            part="method"
            value="wallet"
            .checked=${this.method === 'wallet'}
            ?disabled=${busy}
            @change=${choose('wallet')}
          />
          <label for="method-wallet">${t.methodWallet}</label>
        </div>
        <div class="term">
          <input
            type="radio"
            id="method-credit"
            name="method"
            part="method"
            value="credit"
            .checked=${this.method === 'credit'}
            ?disabled=${busy}
            @change=${choose('credit')}
          />
          <label for="method-credit">
            <span>${t.methodCredit}</span>
            <span class="muted"
              >${t.creditAvailable(this.format.money(credit.offers.available))}</span
            >
          </label>
        </div>
      </fieldset>
      ${
        this.method === 'credit' && offer
          ? html`${termPicker({
                t,
                format: this.format,
                offers: credit.offers.data,
                selected: this.selected,
                disabled: busy,
                onSelect: (chosen) => (this.selected = termKey(chosen)),
              })}
              ${offerSummary({ t, format: this.format, offer, full: false })}
              <details part="agreement" class="agreement">
                <summary>${credit.agreement.title}</summary>
                <p class="muted">${credit.agreement.text}</p>
              </details>
              <div class="check">
                <input
                  type="checkbox"
                  id="agreement"
                  part="agreement-checkbox"
                  .checked=${this.agreementAccepted}
                  ?disabled=${busy}
                  @change=${(event: Event) =>
                    (this.agreementAccepted = (event.currentTarget as HTMLInputElement).checked)}
                />
                <label for="agreement">${t.agreementAccept(credit.agreement.title)}</label>
              </div>`
          : nothing
      }`;
  }

  #renderStep(): TemplateResult | typeof nothing {
    const t = this.messages;
    switch (this.state) {
      case 'ready':
      case 'sending':
        return html`${this.credit ? this.#renderMethods(this.credit) : nothing}
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
        return this.codeStep(t.confirm, (code, key) => void this.#confirm(code, key));
      case 'succeeded':
        return outcome(
          'success',
          t.succeeded,
          html`${
            this.session
              ? html`<p>
                  ${(this.session.escrow ? t.escrowHeld : t.succeededDetail)(
                    this.format.money(this.session.amount),
                    this.session.supplier.business_name,
                  )}
                </p>`
              : nothing
          }
          ${this.paymentId ? html`<p class="muted">${this.paymentId}</p>` : nothing}`,
        );
      case 'insufficient': {
        const session = this.session;
        const shortfall = session ? session.amount.amount - session.wallet.balance.amount : 0;
        return outcome(
          'problem',
          t.insufficient,
          shortfall > 0
            ? t.insufficientDetail(this.format.money({ amount: shortfall, currency: 'CNY' }))
            : '',
          { label: t.refreshBalance, run: () => this.refresh() },
        );
      }
      case 'expired':
        return outcome('problem', t.expired, t.expiredDetail);
      case 'locked':
      case 'network-error':
        return this.sharedOutcome() ?? nothing;
      case 'error':
        return outcome('problem', t.genericError);
      default:
        return nothing;
    }
  }
}
