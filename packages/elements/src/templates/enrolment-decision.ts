import type { CreditApplication, CreditLine } from '@xinghui/contract';
import { html, nothing, type TemplateResult } from 'lit';
import type { CreditMessages } from '../i18n/credit.messages.js';
import type { EnrolmentMessages } from '../i18n/enrolment.messages.js';
import type { Formatters, Locale } from '../i18n/locale.js';
import { creditLineSummary } from './credit-line.js';
import { outcome } from './outcome.js';

/**
 * An approval, before the first loan: the new line (limit, APR, daily rate, validity, terms) and
 * the way on to the loan. Parts: `line-summary`, `continue`.
 */
export function enrolmentApproved(options: {
  t: EnrolmentMessages & CreditMessages;
  format: Formatters;
  line: CreditLine | undefined;
  onContinue(): void;
}): TemplateResult {
  const { t, format, line } = options;
  return outcome(
    'success',
    t.approved,
    html`<p>${t.approvedDetail}</p>
      ${line ? creditLineSummary({ t, format, line }) : nothing}
      <button part="continue" class="primary" @click=${options.onContinue}>
        ${t.continueToLoan}
      </button>`,
  );
}

/**
 * A refusal that says what to fix: the bank's reasons in the page's language, and the way back
 * to the form to apply again. Part: `apply-again`.
 */
export function enrolmentDeclined(options: {
  t: EnrolmentMessages;
  locale: Locale;
  application: CreditApplication | undefined;
  onApplyAgain(): void;
}): TemplateResult {
  const { t, locale } = options;
  return outcome(
    'problem',
    t.declined,
    html`<p>${t.declinedReasons}</p>
      <ul class="reasons">
        ${(options.application?.reasons ?? []).map(
          (reason) => html`<li>${reason.message[locale]}</li>`,
        )}
      </ul>
      <button part="apply-again" class="secondary" @click=${options.onApplyAgain}>
        ${t.applyAgain}
      </button>`,
  );
}
