import {
  millionthsToRate,
  PENALTY_MULTIPLIER,
  rateToMillionths,
  type LoanOffer,
  type LoanTerm,
} from '@xinghui/contract';
import { html, nothing, type TemplateResult } from 'lit';
import type { CreditMessages } from '../i18n/credit.messages.js';
import type { Formatters } from '../i18n/locale.js';
import { scheduleTable } from './schedule-table.js';

/** A term as a radio value and a key: `pay_anytime:30`. */
export const termKey = (term: { repayment_method: string; length: number }): string =>
  `${term.repayment_method}:${term.length}`;

/** The term of an offer, as `checkoutSessions.confirm` takes it. */
export const termOf = (offer: LoanOffer): LoanTerm => ({
  repayment_method: offer.repayment_method as LoanTerm['repayment_method'],
  length: offer.length,
});

export interface TermPickerOptions {
  t: CreditMessages;
  format: Formatters;
  offers: readonly LoanOffer[];
  /** The chosen offer's {@link termKey}. */
  selected: string;
  disabled?: boolean;
  onSelect(offer: LoanOffer): void;
}

/**
 * The term picker: a native radio group in a fieldset (arrow keys move the choice), one radio
 * per offer with its total interest. Part: `term` on each radio.
 */
export function termPicker(options: TermPickerOptions): TemplateResult {
  const { t, format, offers, selected } = options;
  return html`<fieldset class="terms">
    <legend>${t.chooseTerm}</legend>
    ${offers.map((offer) => {
      const key = termKey(offer);
      const id = `term-${key.replace(':', '-')}`;
      return html`<div class="term">
        <input
          type="radio"
          id=${id}
          name="term"
          part="term"
          value=${key}
          .checked=${key === selected}
          ?disabled=${options.disabled}
          @change=${() => options.onSelect(offer)}
        />
        <label for=${id}>
          <span>${t.termName(offer.repayment_method, offer.length)}</span>
          <span class="muted">${t.interestShort(format.money(offer.schedule.total_interest))}</span>
        </label>
      </div>`;
    })}
  </fieldset>`;
}

/** The penalty rate (罚息) of an APR: × the contract's multiplier (3/2), to the millionth. */
export const penaltyApr = (apr: string): string =>
  millionthsToRate(
    Math.round(
      (rateToMillionths(apr) * Number(PENALTY_MULTIPLIER.numerator)) /
        Number(PENALTY_MULTIPLIER.denominator),
    ),
  );

export interface OfferSummaryOptions {
  t: CreditMessages;
  format: Formatters;
  offer: LoanOffer;
  /** With the full schedule (every instalment, the daily rate, the total): the loan page. */
  full: boolean;
}

/**
 * What a term costs: APR (always shown), total interest and the first due date; in full, also
 * the daily rate, the last due date, the total to repay, the penalty rate in words and every
 * instalment. Part:
 * `offer-summary`.
 */
export function offerSummary(options: OfferSummaryOptions): TemplateResult {
  const { t, format, offer, full } = options;
  const { installments } = offer.schedule;
  const first = installments[0];
  const last = installments.at(-1);
  const row = (label: string, value: string, cls = '') =>
    html`<div class="row">
      <dt class="label">${label}</dt>
      <dd class=${cls}>${value}</dd>
    </div>`;
  return html`<dl part="offer-summary" class="offer">
      ${row(t.apr, format.rate(offer.apr), 'apr')}
      ${full ? row(t.dailyRate, format.rate(offer.daily_rate), 'daily-rate') : nothing}
      ${row(t.totalInterest, format.money(offer.schedule.total_interest), 'amount total-interest')}
      ${first ? row(t.firstDue, format.day(first.due_date), 'first-due') : nothing}
      ${
        full && last && installments.length > 1
          ? row(t.finalDue, format.day(last.due_date), 'final-due')
          : nothing
      }
      ${
        full
          ? row(t.totalToRepay, format.money(offer.schedule.total_amount), 'amount total-amount')
          : nothing
      }
      ${full ? row(t.penaltyLabel, t.penalty(format.rate(penaltyApr(offer.apr))), 'penalty') : nothing}
    </dl>
    ${full ? scheduleTable(installments, t, format) : nothing}`;
}
