import { commonMessages, type CommonMessages } from '../../i18n/common.messages.js';
import { checkoutMessages, type CheckoutMessages } from '../../i18n/checkout.messages.js';
import { creditMessages, type CreditMessages } from '../../i18n/credit.messages.js';

const zhCN = {
  ...commonMessages,
  ...creditMessages,
  ...checkoutMessages,
  order: '订单',
  items: '商品明细',
  timeLeft: '剩余付款时间',
  methodWallet: '星辉钱包',
  methodCredit: '星辉贷（先用后还）',
  balance: (balance: string) => `余额 ${balance}`,
  creditAvailable: (available: string) => `可用额度 ${available}`,
  walletShort: (balance: string) => `余额 ${balance}，不足以付款`,
  payWithCredit: '使用星辉贷付款',
  loading: '正在加载付款信息…',
  amountDue: '应付金额',
  walletBalance: '星辉钱包余额',
  payWithWallet: '使用星辉钱包付款',
  confirm: '确认付款',
  processing: '正在付款，请勿关闭页面…',
  succeeded: '付款成功',
  direct: '款项直接付给供应商',
  escrowNotice: (days: number) =>
    `担保交易：款项由银行托管，您确认收货后（或发货 ${days} 天后自动确认）银行才付给供应商`,
  receipt: '电子回单',
  paidAt: '付款时间',
  creditLeft: '剩余可用额度',
  print: '打印回单',
  insufficient: '星辉钱包余额不足',
  insufficientDetail: (shortfall: string) => `还差 ${shortfall}。充值后刷新余额即可付款。`,
  topUp: '去充值',
  refreshBalance: '刷新余额',
  networkError: '网络连接失败，付款未完成',
  setupError: '付款组件配置有误',
  genericError: '付款未完成',
};

/** Every word `<xh-pay-button>` shows. */
export type PayButtonMessages = CommonMessages &
  CreditMessages &
  CheckoutMessages &
  Omit<typeof zhCN, keyof CommonMessages | keyof CreditMessages | keyof CheckoutMessages>;

/** Every word `<xh-pay-button>` shows, in Chinese; `pay-button.messages.en.ts` has them in English. */
export const payButtonMessages: PayButtonMessages = zhCN;
