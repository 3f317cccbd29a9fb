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
        | 'certificate'
        | 'code'
        | 'error'
        | 'expired'
        | 'loading'
        | 'loan'
        | 'locked'
        | 'network-error'
        | 'processing'
        | 'ready'
        | 'receipt'
        | 'received'
        | 'repaid'
        | 'repay'
        | 'reviewed'
        | 'reviewing'
        | 'revoke-confirm'
        | 'revoked'
        | 'sending'
        | 'statement'
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
        | 'approved'
        | 'code'
        | 'deciding'
        | 'declined'
        | 'enrol'
        | 'error'
        | 'expired'
        | 'frozen'
        | 'insufficient-credit'
        | 'loading'
        | 'locked'
        | 'network-error'
        | 'offers'
        | 'processing'
        | 'referred'
        | 'sending'
        | 'succeeded'
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
        | 'code'
        | 'error'
        | 'expired'
        | 'insufficient'
        | 'loading'
        | 'locked'
        | 'network-error'
        | 'processing'
        | 'ready'
        | 'sending'
        | 'succeeded'
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
