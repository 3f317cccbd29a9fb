import {
  INTEREST_RULE,
  formatMoney,
  formatRatePercent,
  millionthsToRate,
  rateToMillionths,
  type LoanSchedule,
  type LoanTerm,
} from '@xinghui/contract';

/**
 * The text of one loan's own agreement (借款合同), from its figures: the parties, the amount,
 * the APR and daily rate, the term and repayment method, the whole schedule, the total interest,
 * the penalty rate, the payee under 受托支付, the dates, and the interest rule the bank bills by.
 * The same figures always give the same text, so the text a page showed and the one the bank
 * records with the loan hash the same. (Sandbox wording: a real bank's legal team writes these.)
 */
export interface AgreementFigures {
  /** The template's version, the wording these figures fill in. */
  version: string;
  /** The order the loan pays: the checkout session. */
  order: string;
  borrower: { business_name: string; credit_code: string; owner_name: string };
  /** The supplier paid directly (受托支付). */
  payee: string;
  /**
   * The order's escrow (担保交易), or `null`: with escrow the bank holds the loan and pays the
   * supplier when the shop confirms receipt or on the auto-confirm date, not at the drawdown.
   */
  escrow: { auto_release_days: number } | null;
  term: LoanTerm;
  schedule: LoanSchedule;
  principal: number;
  /** The agreement's date, which is the drawdown's (Asia/Shanghai). */
  date: string;
}

type Locale = 'zh-CN' | 'en';

const METHOD_NAMES: Record<Locale, Record<LoanTerm['repayment_method'], string>> = {
  'zh-CN': {
    pay_anytime: '随借随还',
    equal_installment: '等额本息',
    equal_principal: '等额本金',
    interest_first: '先息后本',
  },
  en: {
    pay_anytime: 'pay any time',
    equal_installment: 'equal instalments',
    equal_principal: 'equal principal',
    interest_first: 'interest first, principal at the end',
  },
};

/** APR × 1.5 as a percentage, exactly (a rate of 6 decimals × 1.5 may need a 7th). */
function penaltyPercent(apr: string): string {
  const tripled = rateToMillionths(apr) * 3;
  if (tripled % 2 === 0) return formatRatePercent(millionthsToRate(tripled / 2));
  const tenMillionths = (tripled / 2) * 10;
  return `${(tenMillionths / 100_000).toFixed(5).replace(/0+$/, '')}%`;
}

/** Who receives the loan and when: the supplier now, or through the bank's escrow. */
function payeeClause(figures: AgreementFigures, locale: Locale): string {
  const { payee, escrow } = figures;
  if (locale === 'zh-CN') {
    return escrow
      ? `借款由贷款人托管（担保交易，受托支付）：借款人确认收货时，或发货后 ${escrow.auto_release_days} 天的自动确认收货日，贷款人将款项支付给收款人 ${payee}；借款不进入借款人账户。`
      : `借款由贷款人于放款时直接支付给收款人 ${payee}（受托支付），不进入借款人账户。`;
  }
  return escrow
    ? `the lender holds the loan in escrow (entrusted payment) and pays it to the payee ${payee} when the borrower confirms receipt, or on the auto-confirm date ${escrow.auto_release_days} days after shipment; never to the borrower.`
    : `the lender pays the loan directly to the payee ${payee} at the drawdown (entrusted payment), never to the borrower.`;
}

/** The title and full text of the agreement, in zh-CN or English. */
export function loanAgreementText(
  figures: AgreementFigures,
  locale: Locale,
): { title: string; text: string } {
  const { schedule, term } = figures;
  const cny = (amount: number) => formatMoney({ amount, currency: 'CNY' }, locale);
  const apr = formatRatePercent(schedule.apr, locale);
  const daily = formatRatePercent(schedule.daily_rate, locale);
  const method = METHOD_NAMES[locale][term.repayment_method];
  const last = schedule.installments[schedule.installments.length - 1]!;
  const lines = schedule.installments.map((i) =>
    locale === 'zh-CN'
      ? `第 ${i.number} 期 ${i.due_date}：本金 ${cny(i.principal.amount)}，利息 ${cny(i.interest.amount)}，合计 ${cny(i.amount.amount)}`
      : `No. ${i.number}, ${i.due_date}: principal ${cny(i.principal.amount)}, interest ${cny(i.interest.amount)}, total ${cny(i.amount.amount)}`,
  );
  const { borrower } = figures;
  if (locale === 'zh-CN') {
    const length = `${term.length} ${term.repayment_method === 'pay_anytime' ? '天' : '个月'}`;
    return {
      title: '借款合同（受托支付）',
      text: [
        `合同版本：${figures.version}`,
        `贷款人：星辉银行`,
        `借款人：${borrower.business_name}（统一社会信用代码 ${borrower.credit_code}，负责人 ${borrower.owner_name}）`,
        `借款用途：支付订单 ${figures.order} 的货款；${payeeClause(figures, locale)}`,
        `借款金额：${cny(figures.principal)}`,
        `年化利率：${apr}；日利率：${daily}（年化利率 ÷ 360）`,
        `借款期限与还款方式：${method}，${length}；起息日 ${figures.date}，到期日 ${last.due_date}`,
        `计息规则：按实际使用天数计息，利息 = 本金 × 年化利率 × 天数 ÷ 360，算头不算尾，四舍五入到分且只取整一次；按月还款的一期完整期间按 30 天计（年化利率 ÷ 12）。`,
        `还款计划：`,
        ...lines,
        `利息合计：${cny(schedule.total_interest.amount)}；本息合计：${cny(schedule.total_amount.amount)}`,
        `逾期罚息：到期未还的本金自到期日起按合同年化利率的 1.5 倍（年化 ${penaltyPercent(schedule.apr)}）计收罚息，代替该期间的合同利息，不计复利。`,
        `还款：借款人授权自动还款（代扣）的，贷款人于每个还款日从借款人钱包扣收当期应还款项，余额不足则当日不扣；未授权的，借款人须于还款日自行还款。`,
        `提前还款：借款人可随时提前还款，仅按实际使用天数计息，不收取违约金；部分提前还款后剩余各期保持期数与还款日重新计算。`,
        `签订日期：${figures.date}`,
      ].join('\n'),
    };
  }
  const length = `${term.length} ${term.repayment_method === 'pay_anytime' ? 'days' : 'months'}`;
  return {
    title: 'Loan agreement (entrusted payment)',
    text: [
      `Agreement version: ${figures.version}`,
      `Lender: Xinghui Bank`,
      `Borrower: ${borrower.business_name} (unified social credit code ${borrower.credit_code}, represented by ${borrower.owner_name})`,
      `Purpose: paying for order ${figures.order}; ${payeeClause(figures, locale)}`,
      `Amount: ${cny(figures.principal)}`,
      `APR: ${apr}; daily rate: ${daily} (APR / 360)`,
      `Term and repayment: ${method}, ${length}; interest from ${figures.date}, final due date ${last.due_date}`,
      `Interest: ${INTEREST_RULE}`,
      `Schedule:`,
      ...lines,
      `Total interest: ${cny(schedule.total_interest.amount)}; total to repay: ${cny(schedule.total_amount.amount)}`,
      `Penalty interest: principal unpaid on its due date bears penalty interest from the due date at 1.5 times the contract APR (${penaltyPercent(schedule.apr)} a year), instead of contract interest for those days, never compounded.`,
      `Repayment: under the borrower's direct-debit authorisation the lender debits the borrower's wallet on each due date for what is due then, and debits nothing that day when the wallet holds less; without it the borrower repays by the due date itself.`,
      `Early repayment: the borrower may repay early at any time, paying interest only for the days used, with no fee; after a partial prepayment the instalments left keep their number and due dates and are recomputed.`,
      `Date: ${figures.date}`,
    ].join('\n'),
  };
}
