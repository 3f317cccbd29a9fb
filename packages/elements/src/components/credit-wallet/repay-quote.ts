import type { Loan } from '@xinghui/contract';
import { html, nothing, type TemplateResult } from 'lit';
import type { Formatters } from '../../i18n/locale.js';
import type { CreditWalletMessages } from './credit-wallet.messages.js';

export interface RepayQuoteOptions {
  t: CreditWalletMessages;
  format: Formatters;
  loan: Loan;
  partial: boolean;
  sending: boolean;
  /** The amount field shows the status line's error. */
  invalid: boolean;
  onPartial(partial: boolean): void;
  /** The form was sent, with what the amount field holds (`''` in full). */
  onSubmit(typed: string): void;
  onCancel(): void;
}

/**
 * What repaying a loan costs today (principal, interest to date, penalty, the payoff), which loan
 * it is, and the choice of repaying all of it or a part, before a code is asked for.
 */
export function repayQuote(options: RepayQuoteOptions): TemplateResult {
  const { t, format, loan, partial, sending } = options;
  const money = format.money;
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const input = (event.currentTarget as HTMLFormElement).elements.namedItem('amount');
    options.onSubmit((input as HTMLInputElement | null)?.value ?? '');
  };
  const row = (label: string, value: string, cls = 'row', part = '') =>
    html`<div class=${cls}>
      <span class=${cls === 'row' ? 'label' : ''}>${label}</span>
      <span class="amount" part=${part || nothing}>${value}</span>
    </div>`;
  return html`<section part="quote" aria-labelledby="quote-title">
    <h2 id="quote-title" tabindex="-1">${t.quoteTitle}</h2>
    ${row(t.loanNumber, loan.id)}
    ${loan.order_reference ? row(t.order, loan.order_reference) : nothing}
    ${row(t.quotePrincipal, money(loan.principal_outstanding))}
    ${row(t.quoteInterest, money(loan.accrued_interest))}
    ${row(t.quotePenalty, money(loan.penalty_interest))}
    ${row(t.payoff, money(loan.payoff_amount), 'row total', 'payoff')}
    <p class="note">${t.earlyNote}</p>
    <form @submit=${submit} novalidate>
      <fieldset ?disabled=${sending}>
        <legend class="visually-hidden">${t.repay}</legend>
        <label class="choice">
          <input
            type="radio"
            name="mode"
            value="full"
            .checked=${!partial}
            @change=${() => options.onPartial(false)}
          />
          ${t.repayFull} ${money(loan.payoff_amount)}
        </label>
        <label class="choice">
          <input
            type="radio"
            name="mode"
            value="partial"
            .checked=${partial}
            @change=${() => options.onPartial(true)}
          />
          ${t.repayPartial}
        </label>
      </fieldset>
      ${
        partial
          ? html`<label for="amount">${t.amountLabel}</label>
              <input
                id="amount"
                name="amount"
                part="amount-input"
                inputmode="decimal"
                autocomplete="off"
                aria-describedby="amount-hint"
                aria-invalid=${options.invalid ? 'true' : 'false'}
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
      <button class="link" type="button" ?disabled=${sending} @click=${options.onCancel}>
        ${t.cancel}
      </button>
    </form>
  </section>`;
}
