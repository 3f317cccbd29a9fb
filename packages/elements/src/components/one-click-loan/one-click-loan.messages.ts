import { commonMessages, type CommonMessages } from '../../i18n/common.messages.js';
import { checkoutMessages, type CheckoutMessages } from '../../i18n/checkout.messages.js';
import { creditMessages, type CreditMessages } from '../../i18n/credit.messages.js';
import { enrolmentMessages, type EnrolmentMessages } from '../../i18n/enrolment.messages.js';

const zhCN = {
  ...commonMessages,
  ...creditMessages,
  ...checkoutMessages,
  ...enrolmentMessages,
  loading: '正在加载借款信息…',
  amountDue: '订单金额',
  available: '可用额度',
  methodCredit: '星辉贷',
  borrowAndPay: (amount: string) => `用星辉贷支付 ${amount}`,
  confirm: '确认借款',
  processing: '正在放款并付款，请勿关闭页面…',
  succeeded: '借款成功，订单已付款',
  succeededEscrow: (amount: string, supplier: string, days: number) =>
    `银行已放款 ${amount}，款项由银行托管；您确认收货后（或发货 ${days} 天后自动确认）银行付给 ${supplier}。`,
  succeededDirect: (amount: string, supplier: string) =>
    `银行已放款，将 ${amount} 直接付给 ${supplier}。`,
  loanNumber: '借据号',
  availableNow: '剩余可用额度',
  insufficientCredit: '可用额度不足',
  insufficientCreditDetail: (available: string, amount: string) =>
    `可用额度 ${available}，本订单 ${amount}。请使用星辉钱包等其他方式付款，或还款后再试。`,
  checkAgain: '重新查询额度',
  frozen: '授信额度已冻结',
  frozenDetail:
    '您有逾期未还的借款，额度暂停使用。请在“我的账户”中还清逾期款项，额度将自动恢复；本订单可先使用星辉钱包付款。',
  lineClosed: '授信额度已失效或关闭，请使用其他方式付款',
  creditNotAllowed: '此订单不支持星辉贷，请使用其他方式付款',
  setupError: '借款组件配置有误',
  genericError: '借款未完成',
  templateOutdated: '协议文本已更新，请重新阅读后再确认',
};

/** Every word `<xh-one-click-loan>` shows. */
export type OneClickLoanMessages = CommonMessages &
  CreditMessages &
  CheckoutMessages &
  EnrolmentMessages &
  Omit<
    typeof zhCN,
    keyof CommonMessages | keyof CreditMessages | keyof CheckoutMessages | keyof EnrolmentMessages
  >;

/** Every word `<xh-one-click-loan>` shows, in Chinese; `one-click-loan.messages.en.ts` has them in English. */
export const oneClickLoanMessages: OneClickLoanMessages = zhCN;
