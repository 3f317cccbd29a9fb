/**
 * `@xinghui/elements`: the bank's products as web components. This entry exports the classes
 * without registering them (no side effects); import `@xinghui/elements/define/pay-button.js`
 * to register `<xh-pay-button>`, or load the one CDN file `xinghui-elements.js` in a
 * `<script type="module">`, which registers every component.
 *
 * @packageDocumentation
 */

// Components
export { XhPayButton } from './components/pay-button/pay-button.component.js';
export type { PayButtonState } from './components/pay-button/pay-button.component.js';
export { XhCreditWallet } from './components/credit-wallet/credit-wallet.component.js';
export type { CreditWalletState } from './components/credit-wallet/credit-wallet.component.js';
export { XhOneClickLoan } from './components/one-click-loan/one-click-loan.component.js';
export type { OneClickLoanState } from './components/one-click-loan/one-click-loan.component.js';
export { XhProvider } from './components/provider/provider.component.js';

// Setup
export { configure } from './configure.js';
export type { ElementsConfig } from './configure.js';
export { clientContext } from './context.js';
export type { Formatters, Locale } from './i18n/locale.js';
export type { ClientResolver } from './context.js';

// Events
export type { XhReadyDetail, XhReadyEvent } from './events/xh-ready.js';
export type {
  XhPaymentSucceededDetail,
  XhPaymentSucceededEvent,
} from './events/xh-payment-succeeded.js';
export type { XhPaymentFailedDetail, XhPaymentFailedEvent } from './events/xh-payment-failed.js';
export type {
  XhRepaymentSucceededDetail,
  XhRepaymentSucceededEvent,
} from './events/xh-repayment-succeeded.js';
export type {
  XhRepaymentFailedDetail,
  XhRepaymentFailedEvent,
} from './events/xh-repayment-failed.js';
export type {
  XhLimitReviewCompletedDetail,
  XhLimitReviewCompletedEvent,
} from './events/xh-limit-review-completed.js';
export type { XhLoanConfirmedDetail, XhLoanConfirmedEvent } from './events/xh-loan-confirmed.js';
export type { XhLoanFailedDetail, XhLoanFailedEvent } from './events/xh-loan-failed.js';
export type { XhFundsChangedDetail, XhFundsChangedEvent } from './events/xh-funds-changed.js';
export type { XhStateChangeDetail, XhStateChangeEvent } from './events/xh-state-change.js';
export type { FlowState } from './base/flow-element.js';
export type {
  XhTopUpRequestedDetail,
  XhTopUpRequestedEvent,
} from './events/xh-top-up-requested.js';
export type {
  XhReceiptConfirmedDetail,
  XhReceiptConfirmedEvent,
} from './events/xh-receipt-confirmed.js';
