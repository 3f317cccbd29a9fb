import type { Translations } from './locale.js';

/** Words of both checkouts (the pay button and the one-click loan pay one session's order). */
export interface CheckoutMessages {
  payTo: string;
  agreementRequired: string;
  alreadyPaid: string;
  /** The checkout session has expired. */
  expired: string;
  expiredDetail: string;
}

export const checkoutMessages: Translations<CheckoutMessages> = {
  'zh-CN': {
    payTo: '收款方',
    agreementRequired: '请先阅读并勾选同意借款合同',
    alreadyPaid: '此订单已付款',
    expired: '本次付款已过期',
    expiredDetail: '请返回订单页面重新发起付款。',
  },
  en: {
    payTo: 'Pay to',
    agreementRequired: 'Read and accept the loan agreement first',
    alreadyPaid: 'This order is already paid',
    expired: 'This payment has expired',
    expiredDetail: 'Go back to your order and start the payment again.',
  },
};
