/**
 * Every word the components show, in zh-CN (the default) and English. A component picks the
 * language from its own `lang`, else the nearest ancestor's, else zh-CN.
 */
const zhCN = {
  loading: '正在加载付款信息…',
  payTo: '收款方',
  amountDue: '应付金额',
  walletBalance: '星辉钱包余额',
  pay: '确认付款',
  payWithWallet: '使用星辉钱包付款',
  sendingCode: '正在发送验证码…',
  codeSentTo: (phone: string) => `验证码已发送至 ${phone}`,
  codeLabel: '短信验证码',
  codeHint: '请输入 6 位数字验证码',
  confirm: '确认付款',
  resend: '重新发送',
  resendIn: (seconds: number) => `${seconds} 秒后可重新发送`,
  cancel: '返回',
  processing: '正在付款，请勿关闭页面…',
  succeeded: '付款成功',
  succeededDetail: (amount: string, supplier: string) => `已向 ${supplier} 支付 ${amount}`,
  alreadyPaid: '此订单已付款',
  wrongCode: (left: number) => `验证码不正确，还可尝试 ${left} 次`,
  codeExpired: '验证码已过期，请重新获取',
  codeLocked: '验证码错误次数过多，已失效。请重新获取验证码',
  getNewCode: '重新获取验证码',
  insufficient: '星辉钱包余额不足',
  insufficientDetail: (shortfall: string) => `还差 ${shortfall}。请充值后刷新余额再付款。`,
  refreshBalance: '刷新余额',
  expired: '本次付款已过期',
  expiredDetail: '请返回订单页面重新发起付款。',
  networkError: '网络连接失败，付款未完成',
  networkErrorDetail: '请检查网络后重试；重试不会重复扣款。',
  retry: '重试',
  setupError: '付款组件配置有误',
  tooSoon: (seconds: number) => `请 ${seconds} 秒后再获取验证码`,
  genericError: '付款未完成',
};

export type Messages = typeof zhCN;

const en: Messages = {
  loading: 'Loading the payment…',
  payTo: 'Pay to',
  amountDue: 'Amount due',
  walletBalance: 'Xinghui Wallet balance',
  pay: 'Pay now',
  payWithWallet: 'Pay with Xinghui Wallet',
  sendingCode: 'Sending a verification code…',
  codeSentTo: (phone) => `We sent a code to ${phone}`,
  codeLabel: 'SMS code',
  codeHint: 'Enter the 6-digit code',
  confirm: 'Confirm payment',
  resend: 'Send again',
  resendIn: (seconds) => `Send again in ${seconds} s`,
  cancel: 'Back',
  processing: 'Paying… please keep this page open',
  succeeded: 'Payment successful',
  succeededDetail: (amount, supplier) => `You paid ${amount} to ${supplier}`,
  alreadyPaid: 'This order is already paid',
  wrongCode: (left) => `That code is not right. ${left} ${left === 1 ? 'try' : 'tries'} left`,
  codeExpired: 'The code has expired. Get a new one',
  codeLocked: 'Too many wrong codes: this one no longer works. Get a new code',
  getNewCode: 'Get a new code',
  insufficient: 'Not enough in your Xinghui Wallet',
  insufficientDetail: (shortfall) =>
    `You need ${shortfall} more. Top up, then refresh the balance and pay.`,
  refreshBalance: 'Refresh balance',
  expired: 'This payment has expired',
  expiredDetail: 'Go back to your order and start the payment again.',
  networkError: 'Connection failed: the payment is not complete',
  networkErrorDetail: 'Check your connection and try again; retrying never charges twice.',
  retry: 'Try again',
  setupError: 'The payment button is not set up correctly',
  tooSoon: (seconds) => `Wait ${seconds} s before asking for another code`,
  genericError: 'The payment did not go through',
};

/** The BCP 47 locale used to format money and dates for a language. */
export type Locale = 'zh-CN' | 'en';

/** Picks the messages and locale for an element, from `lang` on it or its ancestors. */
export function localeOf(element: Element): Locale {
  const lang = element.closest('[lang]')?.getAttribute('lang') ?? '';
  return lang.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
}

export function messagesFor(locale: Locale): Messages {
  return locale === 'en' ? en : zhCN;
}
