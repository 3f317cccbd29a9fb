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
