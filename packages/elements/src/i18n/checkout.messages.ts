/** Words of both checkouts (the pay button and the one-click loan pay one session's order). */
export interface CheckoutMessages {
  payTo: string;
  agreementRequired: string;
  alreadyPaid: string;
  /** The checkout session has expired. */
  expired: string;
  expiredDetail: string;
  paymentMethod: string;
  /** The field of the repayment terms. */
  term: string;
  /** The checkbox beside an agreement, by its title. */
  agreementAccept: (title: string) => string;
  paymentId: string;
}

/** In Chinese; `checkout.messages.en.ts` has them in English (see `words.ts`). */
export const checkoutMessages: CheckoutMessages = {
  payTo: '收款方',
  agreementRequired: '请先阅读并勾选同意借款合同',
  alreadyPaid: '此订单已付款',
  expired: '本次付款已过期',
  expiredDetail: '请返回订单页面重新发起付款。',
  paymentMethod: '付款方式',
  term: '还款方式',
  agreementAccept: (title) => `我已阅读并同意《${title}》`,
  paymentId: '付款单号',
};
