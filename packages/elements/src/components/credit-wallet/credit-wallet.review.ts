import type { LimitReview } from '@xinghui/contract';
import { html, nothing, type TemplateResult } from 'lit';
import type { Formatters, Locale } from '../../i18n/locale.js';
import type { CreditWalletMessages } from './credit-wallet.messages.js';

/** A limit review's outcome in words, with the bank's reasons. */
export function reviewOutcome(
  t: CreditWalletMessages,
  format: Formatters,
  locale: Locale,
  review: LimitReview | undefined,
): TemplateResult | string {
  if (!review) return '';
  const from = format.money(review.previous_limit);
  const to = format.money(review.limit);
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
            ${review.reasons.map((reason) => html`<li>${reason.message[locale]}</li>`)}
          </ul>`
        : nothing
    }`;
}
