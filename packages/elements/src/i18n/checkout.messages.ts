/** Words of both checkouts (the pay button and the one-click loan pay one session's order). */
export interface CheckoutMessages {
  payTo: string;
  agreementRequired: string;
  alreadyPaid: string;
  /** The checkout session has expired. */
  expired: string;
  expiredDetail: string;
}

/** In Chinese; `checkout.messages.en.ts` has them in English (see `words.ts`). */
export const checkoutMessages: CheckoutMessages = {
  payTo: '收款方',
  agreementRequired: '请先阅读并勾选同意借款合同',
  alreadyPaid: '此订单已付款',
  expired: '本次付款已过期',
  expiredDetail: '请返回订单页面重新发起付款。',
};
