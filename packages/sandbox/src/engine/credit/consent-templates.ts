import { sha256Hex, type ConsentTemplate, type ConsentType } from '@xinghui/contract';

/**
 * The bank's own consent texts, versioned. A consent records the version and the bank's hash
 * of the exact text; a page that showed an older version is asked to show the current one.
 * (Sandbox wording: a real bank's legal team writes these.)
 */
export const CONSENT_TEMPLATE_VERSION = '2026-11-01';

type Locale = 'zh-CN' | 'en';
type Template = Omit<ConsentTemplate, 'object' | 'version' | 'locale' | 'text_sha256' | 'type'>;

const TEMPLATES: Record<ConsentType, Record<Locale, Template>> = {
  credit_query: {
    'zh-CN': {
      title: '征信查询授权书',
      text:
        '本人（本企业）授权星辉银行在办理授信审批、贷后管理及额度调整业务时，向中国人民银行金融信用信息基础数据库' +
        '及依法设立的征信机构查询、使用本人（本企业）的信用信息，并将业务信息依法报送。本授权自同意之日起至授信业务' +
        '全部结清之日止有效。本人已阅读并理解本授权书全部内容。',
      recipient: '星辉银行',
      purpose: '授信审批、贷后管理与额度调整',
      data_types: ['credit_report'],
      duration_days: null,
    },
    en: {
      title: 'Credit report authorisation',
      text:
        'I (the business) authorise Xinghui Bank to query and use my credit information in the Credit Reference ' +
        "Center of the People's Bank of China and lawful credit agencies for credit approval, post-loan management " +
        'and limit changes, and to report business information as the law requires. This authorisation lasts from ' +
        'today until all credit is settled. I have read and understood all of it.',
      recipient: 'Xinghui Bank',
      purpose: 'credit approval, post-loan management and limit changes',
      data_types: ['credit_report'],
      duration_days: null,
    },
  },
  data_sharing: {
    'zh-CN': {
      title: '经营数据共享授权书',
      text:
        '本人（本企业）同意平台方将本人（本企业）在平台上的订单、付款、发货、退货及结算数据提供给星辉银行，' +
        '仅用于授信额度评估与调整，期限一年，可随时撤回。撤回后银行停止使用上述数据进行额度评估，已获授信额度不受影响。',
      recipient: '星辉银行',
      purpose: '授信额度评估与调整',
      data_types: ['orders', 'payments', 'shipments', 'returns', 'settlements'],
      duration_days: 365,
    },
    en: {
      title: 'Trade data sharing consent',
      text:
        'I (the business) agree that the platform shares my orders, payments, shipments, returns and settlements ' +
        'on the platform with Xinghui Bank, only to assess and adjust my credit limit, for one year, revocable at any ' +
        'time. After revocation the bank stops using this data for limit reviews; a limit already granted stays.',
      recipient: 'Xinghui Bank',
      purpose: 'credit limit assessment and adjustment',
      data_types: ['orders', 'payments', 'shipments', 'returns', 'settlements'],
      duration_days: 365,
    },
  },
  direct_debit: {
    'zh-CN': {
      title: '自动还款（代扣）授权书',
      text:
        '本人（本企业）授权星辉银行在本人（本企业）每笔借款的每个还款日，从本人（本企业）在平台开立的钱包中' +
        '扣收当期应还本金、利息及逾期罚息。钱包余额不足应还金额时，当日不扣款，本人（本企业）须自行还款，' +
        '逾期将按借款合同计收罚息。本授权自同意之日起至本人（本企业）撤回或授信业务全部结清之日止有效，' +
        '可随时撤回；撤回后银行不再自动扣款，已借款项仍按借款合同到期归还。',
      recipient: '星辉银行',
      purpose: '到期自动扣收借款本息',
      data_types: [],
      duration_days: null,
    },
    en: {
      title: 'Direct-debit authorisation',
      text:
        'I (the business) authorise Xinghui Bank to debit my wallet on the platform, on each due date of each ' +
        'of my loans, for the principal, interest and any penalty interest due then. When the wallet holds less ' +
        'than what is due, nothing is debited that day: I repay by myself, and overdue amounts bear penalty ' +
        'interest under the loan agreement. This authorisation lasts from today until I revoke it or all credit ' +
        'is settled, and may be revoked at any time; after that the bank debits nothing, and loans drawn are ' +
        'still repaid on their due dates as agreed.',
      recipient: 'Xinghui Bank',
      purpose: 'debiting loan repayments on their due dates',
      data_types: [],
      duration_days: null,
    },
  },
  loan_agreement: {
    'zh-CN': {
      title: '借款合同（受托支付）',
      text:
        '借款人向星辉银行申请本笔借款，借款仅用于支付本订单货款，由银行直接支付给订单卖方（受托支付）。' +
        '借款按日计息，日利率为年化利率除以 360；逾期后按合同年化利率的 1.5 倍计收罚息。借款人可随时提前还款，' +
        '仅按实际使用天数计息，不收取违约金。',
      recipient: '星辉银行',
      purpose: '订单货款受托支付',
      data_types: [],
      duration_days: null,
    },
    en: {
      title: 'Loan agreement (entrusted payment)',
      text:
        'The borrower borrows from Xinghui Bank only to pay for this order; the bank pays the seller directly ' +
        '(entrusted payment). Interest accrues daily at the APR / 360; overdue amounts bear penalty interest at 1.5 ' +
        'times the contract APR. The borrower may repay early at any time, paying interest only for the days used, ' +
        'with no fee.',
      recipient: 'Xinghui Bank',
      purpose: 'entrusted payment of an order',
      data_types: [],
      duration_days: null,
    },
  },
};

/** The current template of a type in a language, with the bank's hash of its text. */
export function consentTemplate(type: ConsentType, locale: Locale): ConsentTemplate {
  const template = TEMPLATES[type][locale];
  return {
    object: 'consent_template',
    type,
    version: CONSENT_TEMPLATE_VERSION,
    locale,
    ...template,
    text_sha256: sha256Hex(template.text),
  };
}
