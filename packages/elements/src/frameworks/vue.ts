// Generated from dist/custom-elements.json by scripts/manifest/framework-types.mjs (run by
// `npm run analyze -w @xinghui/elements`): do not edit.
import type { DefineComponent } from 'vue';
import type {
  XhFundsChangedDetail,
  XhLimitReviewCompletedDetail,
  XhLoanConfirmedDetail,
  XhLoanFailedDetail,
  XhPaymentFailedDetail,
  XhPaymentSucceededDetail,
  XhProvider,
  XhReadyDetail,
  XhReceiptConfirmedDetail,
  XhRepaymentFailedDetail,
  XhRepaymentSucceededDetail,
  XhStateChangeDetail,
  XhTopUpRequestedDetail,
} from '../index.js';

/**
 * Props of `<xh-credit-wallet>` in Vue 3, camelCase (templates may write them kebab-case). An
 * event is its `on…` prop: `@xh-ready` in a template.
 */
export interface XhCreditWalletVueProps {
  payment?: string;
  clientSecret?: string;
  publishableKey?: string;
  apiBase?: string;
  onXhReady?: (event: CustomEvent<XhReadyDetail>) => void;
  onXhRepaymentSucceeded?: (event: CustomEvent<XhRepaymentSucceededDetail>) => void;
  onXhRepaymentFailed?: (event: CustomEvent<XhRepaymentFailedDetail>) => void;
  onXhReceiptConfirmed?: (event: CustomEvent<XhReceiptConfirmedDetail>) => void;
  onXhLimitReviewCompleted?: (event: CustomEvent<XhLimitReviewCompletedDetail>) => void;
  onXhStateChange?: (
    event: CustomEvent<
      XhStateChangeDetail<
        | 'ready'
        | 'loan'
        | 'repay'
        | 'repaid'
        | 'receipt'
        | 'received'
        | 'statement'
        | 'certificate'
        | 'reviewing'
        | 'reviewed'
        | 'revoke-confirm'
        | 'revoked'
        | 'loading'
        | 'sending'
        | 'code'
        | 'processing'
        | 'expired'
        | 'locked'
        | 'network-error'
        | 'error'
      >
    >,
  ) => void;
  onXhFundsChanged?: (event: CustomEvent<XhFundsChangedDetail>) => void;
}

/**
 * Props of `<xh-one-click-loan>` in Vue 3, camelCase (templates may write them kebab-case). An
 * event is its `on…` prop: `@xh-ready` in a template.
 */
export interface XhOneClickLoanVueProps {
  clientSecret?: string;
  publishableKey?: string;
  apiBase?: string;
  onXhReady?: (event: CustomEvent<XhReadyDetail>) => void;
  onXhLoanConfirmed?: (event: CustomEvent<XhLoanConfirmedDetail>) => void;
  onXhLoanFailed?: (event: CustomEvent<XhLoanFailedDetail>) => void;
  onXhStateChange?: (
    event: CustomEvent<
      XhStateChangeDetail<
        | 'loading'
        | 'sending'
        | 'code'
        | 'processing'
        | 'expired'
        | 'locked'
        | 'network-error'
        | 'error'
        | 'enrol'
        | 'deciding'
        | 'approved'
        | 'declined'
        | 'referred'
        | 'offers'
        | 'succeeded'
        | 'insufficient-credit'
        | 'frozen'
      >
    >,
  ) => void;
  onXhFundsChanged?: (event: CustomEvent<XhFundsChangedDetail>) => void;
}

/**
 * Props of `<xh-pay-button>` in Vue 3, camelCase (templates may write them kebab-case). An
 * event is its `on…` prop: `@xh-ready` in a template.
 */
export interface XhPayButtonVueProps {
  topUpUrl?: string;
  clientSecret?: string;
  publishableKey?: string;
  apiBase?: string;
  onXhReady?: (event: CustomEvent<XhReadyDetail>) => void;
  onXhPaymentSucceeded?: (event: CustomEvent<XhPaymentSucceededDetail>) => void;
  onXhPaymentFailed?: (event: CustomEvent<XhPaymentFailedDetail>) => void;
  onXhTopUpRequested?: (event: CustomEvent<XhTopUpRequestedDetail>) => void;
  onXhStateChange?: (
    event: CustomEvent<
      XhStateChangeDetail<
        | 'ready'
        | 'loading'
        | 'sending'
        | 'code'
        | 'processing'
        | 'expired'
        | 'locked'
        | 'network-error'
        | 'error'
        | 'succeeded'
        | 'insufficient'
      >
    >,
  ) => void;
  onXhFundsChanged?: (event: CustomEvent<XhFundsChangedDetail>) => void;
}

/**
 * Props of `<xh-provider>` in Vue 3, camelCase (templates may write them kebab-case). An
 * event is its `on…` prop: `@event` in a template.
 */
export interface XhProviderVueProps {
  publishableKey?: string;
  apiBase?: string;
  client?: XhProvider['client'];
}

declare module 'vue' {
  interface GlobalComponents {
    'xh-credit-wallet': DefineComponent<XhCreditWalletVueProps>;
    'xh-one-click-loan': DefineComponent<XhOneClickLoanVueProps>;
    'xh-pay-button': DefineComponent<XhPayButtonVueProps>;
    'xh-provider': DefineComponent<XhProviderVueProps>;
  }
}
