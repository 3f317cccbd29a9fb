import { commonMessages, type CommonMessages } from '../../i18n/common.messages.js';
import { creditMessages, type CreditMessages } from '../../i18n/credit.messages.js';
import type { Translations } from '../../i18n/locale.js';

const zhCN = {
  ...commonMessages['zh-CN'],
  ...creditMessages['zh-CN'],
  paymentMethod: '付款方式',
  methodWallet: '星辉钱包',
  methodCredit: '星辉信用付（先用后还）',
  creditAvailable: (available: string) => `可用额度 ${available}`,
  payWithCredit: '使用信用付付款',
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
  succeededDetail: (amount: string, supplier: string) => `已向 ${supplier} 支付 ${amount}`,
  escrowNotice: '担保交易：货款由星辉托管，确认收货后才付给供应商',
  escrowHeld: (amount: string, supplier: string) =>
    `${amount} 已由星辉托管，确认收货后付给 ${supplier}`,
  alreadyPaid: '此订单已付款',
  insufficient: '星辉钱包余额不足',
  insufficientDetail: (shortfall: string) => `还差 ${shortfall}。请充值后刷新余额再付款。`,
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
    paymentMethod: 'Pay with',
    methodWallet: 'Xinghui Wallet',
    methodCredit: 'Xinghui Credit (pay later)',
    creditAvailable: (available) => `${available} available`,
    payWithCredit: 'Pay on credit',
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
    succeededDetail: (amount, supplier) => `You paid ${amount} to ${supplier}`,
    escrowNotice: 'Escrow: the bank holds your money until the goods arrive',
    escrowHeld: (amount, supplier) =>
      `${amount} is held in escrow; ${supplier} is paid once you confirm receipt`,
    alreadyPaid: 'This order is already paid',
    insufficient: 'Not enough in your Xinghui Wallet',
    insufficientDetail: (shortfall) =>
      `You need ${shortfall} more. Top up, then refresh the balance and pay.`,
    refreshBalance: 'Refresh balance',
    expired: 'This payment has expired',
    expiredDetail: 'Go back to your order and start the payment again.',
    networkError: 'Connection failed: the payment is not complete',
    setupError: 'The payment button is not set up correctly',
    genericError: 'The payment did not go through',
  },
};
