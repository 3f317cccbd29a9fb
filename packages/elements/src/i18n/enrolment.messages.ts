import type { CreditCodeProblem } from '@xinghui/contract';

/**
 * Words of a credit enrolment (开通星辉贷): the shop's details on file to confirm, or typed; the
 * consents; the bank's decision and the new line.
 */
export interface EnrolmentMessages {
  enrolTitle: string;
  enrolIntro: string;
  /** Heading of the details the partner registered, shown masked. */
  onFile: string;
  onFileHint: string;
  /** The shop says the details on file are not its own: type them instead. */
  editDetails: string;
  useOnFile: string;
  businessName: string;
  creditCode: string;
  creditCodeHint: string;
  ownerName: string;
  phone: string;
  monthsTrading: string;
  monthsTradingHint: string;
  required: string;
  creditCodeProblems: Record<CreditCodeProblem, string>;
  phoneInvalid: string;
  monthsInvalid: string;
  agreeTo(title: string): string;
  /** After the consent's "I agree", for an optional consent: what it is for. By consent type. */
  optionalConsent: Record<string, string>;
  creditQueryRequired: string;
  apply: string;
  fixErrors: string;
  deciding: string;
  // The decision
  approved: string;
  approvedDetail: string;
  limit: string;
  validUntil: string;
  termsOffered: string;
  continueToLoan: string;
  declined: string;
  declinedReasons: string;
  applyAgain: string;
  referred: string;
  referredDetail: string;
}

/** In Chinese; `enrolment.messages.en.ts` has them in English (see `words.ts`). */
export const enrolmentMessages: EnrolmentMessages = {
  enrolTitle: '开通星辉贷',
  enrolIntro: '确认门店信息并授权后，银行立即给出审批结果。',
  onFile: '平台登记的门店信息',
  onFileHint: '为保护您的信息，部分内容已隐藏。请核对是否是您的门店。',
  editDetails: '信息不对？手动填写',
  useOnFile: '使用平台登记的信息',
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
  },
  phoneInvalid: '请输入 11 位手机号，例如 13800138000',
  monthsInvalid: '请输入 0 到 1200 之间的整数',
  agreeTo: (title) => `我已阅读并同意《${title}》`,
  optionalConsent: {
    data_sharing: '（选填，用于日后提额）',
    direct_debit: '（选填：还款日从星辉钱包自动扣款，免逾期）',
  },
  creditQueryRequired: '申请授信需要同意征信查询授权',
  apply: '同意授权并申请',
  fixErrors: '请先修正标出的内容',
  deciding: '正在审批，请稍候…',
  approved: '审批通过，星辉贷已开通',
  approvedDetail: '以下是您的授信额度。每笔借款的金额、利息和还款计划在借款前单独列明。',
  limit: '授信额度',
  validUntil: '额度有效期至',
  termsOffered: '可选还款方式',
  continueToLoan: '用星辉贷支付本订单',
  declined: '暂未通过授信审批',
  declinedReasons: '原因：',
  applyAgain: '修改后重新申请',
  referred: '申请已转人工审核',
  referredDetail: '工作人员会尽快审核并通知您。本订单请先使用星辉钱包等其他方式付款。',
};
