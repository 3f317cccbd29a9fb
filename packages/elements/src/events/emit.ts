import type { XhFundsChangedDetail } from './xh-funds-changed.js';
import type { XhLoanConfirmedDetail } from './xh-loan-confirmed.js';
import type { XhLoanFailedDetail } from './xh-loan-failed.js';
import type { XhPaymentFailedDetail } from './xh-payment-failed.js';
import type { XhPaymentSucceededDetail } from './xh-payment-succeeded.js';
import type { XhLimitReviewCompletedDetail } from './xh-limit-review-completed.js';
import type { XhReadyDetail } from './xh-ready.js';
import type { XhReceiptConfirmedDetail } from './xh-receipt-confirmed.js';
import type { XhRepaymentFailedDetail } from './xh-repayment-failed.js';
import type { XhRepaymentSucceededDetail } from './xh-repayment-succeeded.js';
import type { XhStateChangeDetail } from './xh-state-change.js';
import type { XhTopUpRequestedDetail } from './xh-top-up-requested.js';

/** Every event the components fire, with its detail. */
export interface XhEventDetails {
  'xh-ready': XhReadyDetail;
  'xh-payment-succeeded': XhPaymentSucceededDetail;
  'xh-payment-failed': XhPaymentFailedDetail;
  'xh-repayment-succeeded': XhRepaymentSucceededDetail;
  'xh-repayment-failed': XhRepaymentFailedDetail;
  'xh-limit-review-completed': XhLimitReviewCompletedDetail;
  'xh-loan-confirmed': XhLoanConfirmedDetail;
  'xh-loan-failed': XhLoanFailedDetail;
  'xh-funds-changed': XhFundsChangedDetail;
  'xh-state-change': XhStateChangeDetail;
  'xh-top-up-requested': XhTopUpRequestedDetail;
  'xh-receipt-confirmed': XhReceiptConfirmedDetail;
}

/**
 * Fires a typed event that bubbles out of the shadow root (composed), so a page can listen on
 * the element or on any ancestor.
 */
export function emit<K extends keyof XhEventDetails>(
  host: HTMLElement,
  type: K,
  detail: XhEventDetails[K],
): void {
  host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
