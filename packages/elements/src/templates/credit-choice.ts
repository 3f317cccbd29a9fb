import type { ClientCheckoutSession } from '@xinghui/contract';
import { html, nothing, type TemplateResult } from 'lit';
// The box is unticked when the term changes, even if it was ticked since the last render.
import { live } from 'lit/directives/live.js';
import type { CreditCheckoutController } from '../controllers/credit-checkout.controller.js';
import type { CreditMessages } from '../i18n/credit.messages.js';
import type { Formatters } from '../i18n/locale.js';
import { offerSummary, termPicker } from './loan-offer.js';

export interface CreditChoiceOptions {
  t: CreditMessages & { agreementAccept(title: string): string };
  format: Formatters;
  credit: CreditCheckoutController;
  disabled: boolean;
  /**
   * Where the loan goes (受托支付), as the session has it: into the bank's escrow until receipt,
   * or to the supplier now. Shown above the agreement (part `loan-payee`).
   */
  payee?: string;
}

/**
 * Borrowing on a term, all before the commitment: the term picker, the chosen term's full cost
 * (APR first, daily rate, total interest, total to repay, first and last due date, the penalty
 * rate in words, the schedule), where the loan goes, the loan agreement of the chosen term and
 * the box that accepts it. Parts: `term`, `offer-summary`, `schedule`, `loan-payee`,
 * `agreement`, `agreement-checkbox`.
 */
export function creditChoice(options: CreditChoiceOptions): TemplateResult | typeof nothing {
  const { t, format, credit, disabled } = options;
  const { offers, offer, agreement } = credit;
  if (!offers || !offer || !agreement) return nothing;
  return html`${termPicker({
      t,
      format,
      offers: offers.data,
      selected: credit.selected,
      disabled,
      onSelect: (chosen) => credit.choose(chosen),
    })}
    ${offerSummary({ t, format, offer, full: true })}
    ${options.payee ? html`<p part="loan-payee" class="muted">${options.payee}</p>` : nothing}
    <details part="agreement" class="agreement">
      <summary>${agreement.title}</summary>
      <p class="muted">${agreement.text}</p>
    </details>
    <div class="check">
      <input
        type="checkbox"
        id="agreement"
        part="agreement-checkbox"
        .checked=${live(credit.agreementAccepted)}
        ?disabled=${disabled}
        @change=${(event: Event) =>
          credit.accept((event.currentTarget as HTMLInputElement).checked)}
      />
      <label for="agreement">${t.agreementAccept(agreement.title)}</label>
    </div>`;
}

/** Where the loan goes, as the session has it: into escrow until receipt, or to the supplier. */
export function loanPayee(t: CreditMessages, session: ClientCheckoutSession): string {
  return session.escrow ? t.loanToEscrow(session.escrow.auto_release_days) : t.loanToSupplier;
}
