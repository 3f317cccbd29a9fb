// Generated from dist/custom-elements.json by scripts/manifest/framework-types.mjs (run by
// `npm run analyze -w @xinghui/elements`): do not edit.
import type * as React from 'react';
import type {
  XhCreditWallet,
  XhFundsChangedDetail,
  XhLimitReviewCompletedDetail,
  XhLoanConfirmedDetail,
  XhLoanFailedDetail,
  XhOneClickLoan,
  XhPayButton,
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

/** Props of `<xh-credit-wallet>` in React 19 JSX. */
export interface XhCreditWalletProps extends React.DetailedHTMLProps<
  React.HTMLAttributes<XhCreditWallet>,
  XhCreditWallet
> {
  payment?: string;
  'client-secret'?: string;
  'publishable-key'?: string;
  'api-base'?: string;
  clientSecret?: string;
  publishableKey?: string;
  apiBase?: string;
  'onxh-ready'?: (event: CustomEvent<XhReadyDetail>) => void;
  'onxh-repayment-succeeded'?: (event: CustomEvent<XhRepaymentSucceededDetail>) => void;
  'onxh-repayment-failed'?: (event: CustomEvent<XhRepaymentFailedDetail>) => void;
  'onxh-receipt-confirmed'?: (event: CustomEvent<XhReceiptConfirmedDetail>) => void;
  'onxh-limit-review-completed'?: (event: CustomEvent<XhLimitReviewCompletedDetail>) => void;
  'onxh-state-change'?: (
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
  'onxh-funds-changed'?: (event: CustomEvent<XhFundsChangedDetail>) => void;
}

/** Props of `<xh-one-click-loan>` in React 19 JSX. */
export interface XhOneClickLoanProps extends React.DetailedHTMLProps<
  React.HTMLAttributes<XhOneClickLoan>,
  XhOneClickLoan
> {
  'client-secret'?: string;
  'publishable-key'?: string;
  'api-base'?: string;
  clientSecret?: string;
  publishableKey?: string;
  apiBase?: string;
  'onxh-ready'?: (event: CustomEvent<XhReadyDetail>) => void;
  'onxh-loan-confirmed'?: (event: CustomEvent<XhLoanConfirmedDetail>) => void;
  'onxh-loan-failed'?: (event: CustomEvent<XhLoanFailedDetail>) => void;
  'onxh-state-change'?: (
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
  'onxh-funds-changed'?: (event: CustomEvent<XhFundsChangedDetail>) => void;
}

/** Props of `<xh-pay-button>` in React 19 JSX. */
export interface XhPayButtonProps extends React.DetailedHTMLProps<
  React.HTMLAttributes<XhPayButton>,
  XhPayButton
> {
  'top-up-url'?: string;
  'client-secret'?: string;
  'publishable-key'?: string;
  'api-base'?: string;
  topUpUrl?: string;
  clientSecret?: string;
  publishableKey?: string;
  apiBase?: string;
  'onxh-ready'?: (event: CustomEvent<XhReadyDetail>) => void;
  'onxh-payment-succeeded'?: (event: CustomEvent<XhPaymentSucceededDetail>) => void;
  'onxh-payment-failed'?: (event: CustomEvent<XhPaymentFailedDetail>) => void;
  'onxh-top-up-requested'?: (event: CustomEvent<XhTopUpRequestedDetail>) => void;
  'onxh-state-change'?: (
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
  'onxh-funds-changed'?: (event: CustomEvent<XhFundsChangedDetail>) => void;
}

/** Props of `<xh-provider>` in React 19 JSX. */
export interface XhProviderProps extends React.DetailedHTMLProps<
  React.HTMLAttributes<XhProvider>,
  XhProvider
> {
  'publishable-key'?: string;
  'api-base'?: string;
  publishableKey?: string;
  apiBase?: string;
  client?: XhProvider['client'];
}

declare module 'react' {
  // React declares its JSX types in the `JSX` namespace: augmenting them takes one.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'xh-credit-wallet': XhCreditWalletProps;
      'xh-one-click-loan': XhOneClickLoanProps;
      'xh-pay-button': XhPayButtonProps;
      'xh-provider': XhProviderProps;
    }
  }
}
