import type {
  ClientCheckoutSession,
  ConfirmCheckoutSessionParams,
  ConsentTemplate,
  LoanOffer,
  LoanOffers,
} from '@xinghui/contract';
import type { XinghuiBrowserClient } from '@xinghui/sdk';
import type { ReactiveControllerHost } from 'lit';
import { failureCode } from '../base/failure.js';
import type { CreditMessages } from '../i18n/credit.messages.js';
import type { Formatters, Locale } from '../i18n/locale.js';
import type { SummaryRow } from '../templates/summary-list.js';
import { termKey, termOf } from '../templates/loan-offer.js';
import { mayOfferCredit } from './credit-offered.js';

/**
 * The credit choice of a checkout (星辉贷): the offers of the shop's line for this order, the
 * term chosen, the loan agreement shown and whether the shop accepted it, and what
 * `checkoutSessions.confirm` is sent to borrow on that term. The bank checks all of it again;
 * this only keeps what the page shows and sends in one place.
 */
export class CreditCheckoutController {
  /** The offers and the agreement, when this order can be paid on credit; else `undefined`. */
  offers: LoanOffers | undefined;
  agreement: ConsentTemplate | undefined;
  /** The chosen offer's {@link termKey}. */
  selected = '';
  agreementAccepted = false;

  /** @param host re-rendered when the offers, the term or the acceptance change */
  constructor(private readonly host: ReactiveControllerHost) {}

  /** The chosen offer, if the shop can borrow. */
  get offer(): LoanOffer | undefined {
    return this.offers?.data.find((offer) => termKey(offer) === this.selected);
  }

  /**
   * Reads the offers and the loan agreement when the session allows credit and the shop's
   * active line has enough available for this order; otherwise (no line, a frozen one, too
   * little, a paid session) asks the bank nothing and offers no credit. Keeps the chosen term
   * when it is still offered.
   */
  async load(
    client: XinghuiBrowserClient,
    clientSecret: string,
    session: ClientCheckoutSession,
    locale: Locale,
    signal: AbortSignal,
  ): Promise<void> {
    const due = session.amount.amount;
    let offers: LoanOffers | null = null;
    let agreement: ConsentTemplate | undefined;
    this.#source = { client, clientSecret, locale };
    if (mayOfferCredit(session)) {
      // Without a term the bank writes the agreement of its first offer, the term chosen by
      // default: both are asked at once, and only a kept, other choice asks again.
      [offers, agreement] = await Promise.all([
        client.credit.listLoanOffers(clientSecret, { signal }).catch((error: unknown) => {
          // A bank from before `session.credit` answers a shop without a line this way.
          if (failureCode(error) === 'credit_line_missing') return null;
          throw error;
        }),
        this.#agreementFor(undefined, signal),
      ]);
    }
    const usable = offers && offers.data.length > 0 && offers.available.amount >= due;
    this.offers = usable ? offers! : undefined;
    if (this.offers && !this.offer) this.selected = termKey(this.offers.data[0]!);
    const first = this.offers?.data[0];
    this.agreement =
      this.offers && this.offer !== first
        ? await this.#agreementFor(this.offer, signal)
        : usable
          ? agreement
          : undefined;
    this.host.requestUpdate();
  }

  /**
   * Chooses a term. The loan agreement is the loan's own (its amount, schedule and interest), so
   * the one shown is read again for this term, and what the shop accepted for another term no
   * longer counts.
   */
  choose(offer: LoanOffer): void {
    // The agreement on screen stays until this term's arrives (the picker does not blink away),
    // but its acceptance ends: the shop accepts the text of the term it borrows on.
    this.selected = termKey(offer);
    this.agreementAccepted = false;
    this.host.requestUpdate();
    const key = this.selected;
    void this.#agreementFor(offer).then(
      (agreement) => {
        if (this.selected !== key) return;
        this.agreement = agreement;
        this.host.requestUpdate();
      },
      () => {
        // Never leave another term's text to be accepted: without this term's agreement the
        // credit choice is withdrawn until the page reloads.
        if (this.selected !== key) return;
        this.agreement = undefined;
        this.host.requestUpdate();
      },
    );
  }

  #source: { client: XinghuiBrowserClient; clientSecret: string; locale: Locale } | undefined;

  /** The loan agreement for `offer`'s term (the bank's default term without one). */
  #agreementFor(offer: LoanOffer | undefined, signal?: AbortSignal): Promise<ConsentTemplate> {
    const { client, clientSecret, locale } = this.#source!;
    return client.consents.retrieveTemplate(
      clientSecret,
      'loan_agreement',
      offer ? { locale, term: termOf(offer) } : { locale },
      { signal },
    );
  }

  accept(accepted: boolean): void {
    this.agreementAccepted = accepted;
    this.host.requestUpdate();
  }

  /** What borrowing on the chosen term commits the shop to: the term and the total to repay. */
  commitment(t: CreditMessages & { term: string }, format: Formatters): SummaryRow[] {
    const offer = this.offer;
    if (!offer) return [];
    return [
      [t.term, t.termName(offer.repayment_method, offer.length)],
      [t.totalToRepay, format.money(offer.schedule.total_amount)],
    ];
  }

  /** What confirms the session on the chosen term, with the agreement the shop accepted. */
  confirmParams(code: string): ConfirmCheckoutSessionParams {
    const { offer, agreement } = this;
    if (!offer || !agreement) return { payment_method: 'wallet', verification_code: code };
    return {
      payment_method: 'credit',
      term: termOf(offer),
      loan_agreement: {
        template_version: agreement.version,
        locale: agreement.locale === 'en' ? 'en' : 'zh-CN',
      },
      verification_code: code,
    };
  }
}
