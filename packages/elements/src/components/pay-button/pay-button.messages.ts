import { commonMessages, type CommonMessages } from '../../i18n/common.messages.js';
import { creditMessages, type CreditMessages } from '../../i18n/credit.messages.js';
import type { Translations } from '../../i18n/locale.js';

const zhCN = {
  ...commonMessages['zh-CN'],
  ...creditMessages['zh-CN'],
  order: '订单',
  items: '商品明细',
  timeLeft: '剩余付款时间',
  paymentMethod: '付款方式',
  methodWallet: '星辉钱包',
  methodCredit: '星辉贷（先用后还）',
  balance: (balance: string) => `余额 ${balance}`,
  creditAvailable: (available: string) => `可用额度 ${available}`,
  walletShort: (balance: string) => `余额 ${balance}，不足以付款`,
  term: '还款方式',
  payWithCredit: '使用星辉贷付款',
  agreementAccept: (title: string) => `我已阅读并同意《${title}》`,
  agreementRequired: '请先阅读并勾选同意借款合同',
  loading: '正在加载付款信息…',
  payTo: '收款方',
  amountDue: '应付金额',
  walletBalance: '星辉钱包余额',
  payWithWallet: '使用星辉钱包付款',
  confirm: '确认付款',
  processing: '正在付款，请勿关闭页面…',
  succeeded: '付款成功',
  direct: '付款后款项直接付给供应商',
  escrowNotice: (days: number) =>
    `担保交易：款项由银行托管，您确认收货后（或发货 ${days} 天后自动确认）银行才付给供应商`,
  succeededDetail: (amount: string, supplier: string) => `已向 ${supplier} 支付 ${amount}`,
  escrowHeld: (amount: string, supplier: string, days: number) =>
    `${amount} 由银行托管：您确认收货后（或发货 ${days} 天后自动确认），银行付给 ${supplier}`,
  receipt: '电子回单',
  paymentId: '付款单号',
  paidAt: '付款时间',
  print: '打印回单',
  alreadyPaid: '此订单已付款',
  insufficient: '星辉钱包余额不足',
  insufficientDetail: (shortfall: string) => `还差 ${shortfall}。充值后刷新余额即可付款。`,
  topUp: '去充值',
  refreshBalance: '刷新余额',
  expired: '本次付款已过期',
  expiredDetail: '请返回订单页面重新发起付款。',
  networkError: '网络连接失败，付款未完成',
  setupError: '付款组件配置有误',
  genericError: '付款未完成',
};

/** Every word `<xh-pay-button>` shows. */
export type PayButtonMessages = CommonMessages &
  CreditMessages &
  Omit<typeof zhCN, keyof CommonMessages | keyof CreditMessages>;

export const payButtonMessages: Translations<PayButtonMessages> = {
  'zh-CN': zhCN,
  en: {
    ...commonMessages.en,
    ...creditMessages.en,
    order: 'Order',
    items: 'Items',
    timeLeft: 'Time left to pay',
    paymentMethod: 'Pay with',
    methodWallet: 'Xinghui Wallet',
    methodCredit: 'Xinghui Credit (pay later)',
    balance: (balance) => `balance ${balance}`,
    creditAvailable: (available) => `${available} available`,
    walletShort: (balance) => `balance ${balance}: not enough`,
    term: 'Repayment',
    payWithCredit: 'Pay with Xinghui Credit',
    agreementAccept: (title) => `I have read and agree to the ${title}`,
    agreementRequired: 'Read and accept the loan agreement first',
    loading: 'Loading the payment…',
    payTo: 'Pay to',
    amountDue: 'Amount due',
    walletBalance: 'Xinghui Wallet balance',
    payWithWallet: 'Pay with Xinghui Wallet',
    confirm: 'Confirm payment',
    processing: 'Paying… please keep this page open',
    succeeded: 'Payment successful',
    direct: 'Paid to the supplier as soon as you pay',
    escrowNotice: (days) =>
      `Escrow: the bank holds the money and pays the supplier once you confirm receipt (or ${days} days after shipment)`,
    succeededDetail: (amount, supplier) => `You paid ${amount} to ${supplier}`,
    escrowHeld: (amount, supplier, days) =>
      `The bank holds ${amount} and pays ${supplier} once you confirm receipt (or ${days} days after shipment)`,
    receipt: 'E-receipt',
    paymentId: 'Payment no.',
    paidAt: 'Paid at',
    print: 'Print receipt',
    alreadyPaid: 'This order is already paid',
    insufficient: 'Not enough in your Xinghui Wallet',
    insufficientDetail: (shortfall) =>
      `You need ${shortfall} more. Top up, then refresh the balance and pay.`,
    topUp: 'Top up',
    refreshBalance: 'Refresh balance',
    expired: 'This payment has expired',
    expiredDetail: 'Go back to your order and start the payment again.',
    networkError: 'Connection failed: the payment is not complete',
    setupError: 'The payment button is not set up correctly',
    genericError: 'The payment did not go through',
  },
};
