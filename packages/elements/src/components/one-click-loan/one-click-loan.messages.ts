import type { CreditCodeProblem } from '@xinghui/contract';
import { commonMessages, type CommonMessages } from '../../i18n/common.messages.js';
import { creditMessages, type CreditMessages } from '../../i18n/credit.messages.js';
import type { Translations } from '../../i18n/locale.js';

const zhCN = {
  ...commonMessages['zh-CN'],
  ...creditMessages['zh-CN'],
  loading: '正在加载借款信息…',
  amountDue: '订单金额',
  payTo: '收款方',
  available: '可用额度',
  // Enrolment
  enrolTitle: '开通星辉信用付',
  enrolIntro: '填写门店信息并授权后，银行将立即给出审批结果。',
  businessName: '企业名称',
  creditCode: '统一社会信用代码',
  creditCodeHint: '18 位，营业执照上可见',
  ownerName: '法定代表人姓名',
  phone: '手机号',
  monthsTrading: '经营月数',
  monthsTradingHint: '门店已经营多少个月',
  required: '请填写此项',
  creditCodeProblems: {
    length: '统一社会信用代码应为 18 位',
    characters: '只能包含数字和大写字母（不含 I、O、S、V、Z）',
    check_character: '校验位不正确，请核对营业执照上的代码',
  } satisfies Record<CreditCodeProblem, string>,
  phoneInvalid: '请输入 11 位手机号，例如 13800138000',
  monthsInvalid: '请输入 0 到 1200 之间的整数',
  agreeTo: (title: string) => `我已阅读并同意《${title}》`,
  optionalConsent: '（选填，用于日后提额）',
  creditQueryRequired: '申请授信需要同意征信查询授权',
  apply: '同意授权并申请',
  fixErrors: '请先修正标出的内容',
  deciding: '正在审批，请稍候…',
  approved: (limit: string) => `审批通过，授信额度 ${limit}`,
  // Decisions
  declined: '暂未通过授信审批',
  declinedReasons: '原因：',
  otherWays: '您仍可以使用星辉钱包付款（本页面的付款按钮）完成此订单。',
  referred: '申请已转人工审核',
  referredDetail: '工作人员会尽快审核并通知您。本订单请先使用星辉钱包等其他方式付款。',
  // Offers
  agreementAccept: (title: string) => `我已阅读并同意《${title}》`,
  agreementRequired: '请先阅读并勾选同意借款合同',
  borrowAndPay: (amount: string) => `借款支付 ${amount}`,
  confirm: '确认借款',
  processing: '正在放款并付款，请勿关闭页面…',
  succeeded: '借款成功，已付款',
  succeededDetail: (amount: string, supplier: string) =>
    `银行已将 ${amount} 直接支付给 ${supplier}`,
  dueOn: (date: string) => `请于 ${date} 前还款`,
  loanNumber: (id: string) => `借据号 ${id}`,
  alreadyPaid: '此订单已付款',
  // Problems
  insufficientCredit: '可用额度不足',
  insufficientCreditDetail: (available: string, amount: string) =>
    `可用额度 ${available}，本订单 ${amount}。请使用星辉钱包等其他方式付款，或还款后再试。`,
  checkAgain: '重新查询额度',
  frozen: '授信额度已冻结',
  frozenDetail:
    '您有逾期未还的借款，额度暂停使用。请在“我的账户”中还清逾期款项，额度将自动恢复；本订单可先使用星辉钱包付款。',
  lineClosed: '授信额度已关闭，请使用其他方式付款',
  creditNotAllowed: '此订单不支持信用付，请使用其他方式付款',
  expired: '本次付款已过期',
  expiredDetail: '请返回订单页面重新发起付款。',
  networkError: '网络连接失败，操作未完成',
  setupError: '借款组件配置有误',
  genericError: '借款未完成',
  templateOutdated: '协议文本已更新，请重新阅读后再确认',
};

/** Every word `<xh-one-click-loan>` shows. */
export type OneClickLoanMessages = CommonMessages &
  CreditMessages &
  Omit<typeof zhCN, keyof CommonMessages | keyof CreditMessages>;

export const oneClickLoanMessages: Translations<OneClickLoanMessages> = {
  'zh-CN': zhCN,
  en: {
    ...commonMessages.en,
    ...creditMessages.en,
    loading: 'Loading your credit…',
    amountDue: 'Order amount',
    payTo: 'Pay to',
    available: 'Available credit',
    enrolTitle: 'Get Xinghui Credit',
    enrolIntro: 'Tell us about your shop and give your consent: the bank decides at once.',
    businessName: 'Business name',
    creditCode: 'Unified social credit code',
    creditCodeHint: '18 characters, on your business licence',
    ownerName: 'Legal representative',
    phone: 'Mobile number',
    monthsTrading: 'Months trading',
    monthsTradingHint: 'How many months your shop has traded',
    required: 'Fill this in',
    creditCodeProblems: {
      length: 'A unified social credit code has 18 characters',
      characters: 'Only digits and capital letters (no I, O, S, V or Z)',
      check_character: 'The last character does not match: check the code on your licence',
    },
    phoneInvalid: 'Enter an 11-digit mobile number, such as 13800138000',
    monthsInvalid: 'Enter a whole number from 0 to 1200',
    agreeTo: (title) => `I have read and agree to the ${title}`,
    optionalConsent: ' (optional: for limit increases later)',
    creditQueryRequired: 'Applying needs your credit report authorisation',
    apply: 'Consent and apply',
    fixErrors: 'Fix the marked fields first',
    deciding: 'Deciding… one moment',
    approved: (limit) => `Approved: a credit line of ${limit}`,
    declined: 'Your application was not approved',
    declinedReasons: 'Why:',
    otherWays:
      'You can still pay this order with your Xinghui Wallet (the pay button on this page).',
    referred: 'A person will review your application',
    referredDetail:
      'We will let you know soon. For this order, please pay another way for now, such as your Xinghui Wallet.',
    agreementAccept: (title) => `I have read and agree to the ${title}`,
    agreementRequired: 'Read and accept the loan agreement first',
    borrowAndPay: (amount) => `Borrow and pay ${amount}`,
    confirm: 'Confirm the loan',
    processing: 'Lending and paying… please keep this page open',
    succeeded: 'Loan approved and paid',
    succeededDetail: (amount, supplier) => `The bank paid ${amount} straight to ${supplier}`,
    dueOn: (date) => `Repay by ${date}`,
    loanNumber: (id) => `Loan ${id}`,
    alreadyPaid: 'This order is already paid',
    insufficientCredit: 'Not enough credit available',
    insufficientCreditDetail: (available, amount) =>
      `You have ${available} available and this order is ${amount}. Pay another way, such as your Xinghui Wallet, or repay and check again.`,
    checkAgain: 'Check my credit again',
    frozen: 'Your credit line is frozen',
    frozenDetail:
      'A loan is past due, so the line is paused. Repay what is overdue in “My account” and the line comes back; pay this order with your Xinghui Wallet for now.',
    lineClosed: 'Your credit line is closed: please pay another way',
    creditNotAllowed: 'This order cannot be paid on credit: please pay another way',
    expired: 'This payment has expired',
    expiredDetail: 'Go back to your order and start the payment again.',
    networkError: 'Connection failed: nothing was done',
    setupError: 'The loan component is not set up correctly',
    genericError: 'The loan did not go through',
    templateOutdated: 'The agreement was updated: read it again, then confirm',
  },
};
