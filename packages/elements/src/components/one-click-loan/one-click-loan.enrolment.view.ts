/**
 * The loan's enrolment (开通星辉贷) for a shop without a line: the form, what it keeps and sends,
 * and the bank's decision. The component loads this module with `import()` when the session it
 * reads has no line, while the bank sends the consent texts the form shows (see LazyView): a
 * shop that has a line never loads it.
 */
import type { TemplateResult } from 'lit';
import type { EnrolmentController } from '../../controllers/enrolment.controller.js';
import type { Formatters, Locale } from '../../i18n/locale.js';
import { enrolmentApproved, enrolmentDeclined } from '../../templates/enrolment-decision.js';
import { enrolmentForm } from '../../templates/enrolment-form.js';
import type { OneClickLoanMessages } from './one-click-loan.messages.js';

export { EnrolmentController } from '../../controllers/enrolment.controller.js';

export interface EnrolmentStepOptions {
  t: OneClickLoanMessages;
  format: Formatters;
  locale: Locale;
  enrolment: EnrolmentController;
  /** The form is sent. */
  onSubmit(): void;
  /** Approved: on to the loan's offers. */
  onContinue(): void;
  /** Declined: the form again, to fix and apply again. */
  onApplyAgain(): void;
}

/** The step the enrolment is at: the form (busy while the bank decides), approved or declined. */
export function enrolmentStep(
  state: 'enrol' | 'deciding' | 'approved' | 'declined',
  options: EnrolmentStepOptions,
): TemplateResult {
  const { t, format, locale, enrolment } = options;
  if (state === 'approved') {
    return enrolmentApproved({ t, format, line: enrolment.line, onContinue: options.onContinue });
  }
  if (state === 'declined') {
    const { application } = enrolment;
    return enrolmentDeclined({ t, locale, application, onApplyAgain: options.onApplyAgain });
  }
  return enrolmentForm({ t, enrolment, busy: state === 'deciding', onSubmit: options.onSubmit });
}
