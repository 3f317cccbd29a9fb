import {
  loanSchedule,
  sha256Hex,
  shanghaiDate,
  type ConsentTemplate,
  type LoanAgreement,
  type LoanTerm,
} from '@xinghui/contract';
import { ApiError } from '../core/api-error.js';
import type { Context } from '../core/context.js';
import type { CheckoutSessionRecord, LoanRecord } from '../core/records.js';
import { getBuyer } from '../trade/buyers.js';
import { getSupplier } from '../trade/suppliers.js';
import { CONSENT_TEMPLATE_VERSION } from './consent-templates.js';
import { lineOfBuyer } from './credit-lines.js';
import { loanAgreementText } from './loan-agreement-text.js';

type Locale = 'zh-CN' | 'en';

/**
 * Each loan's own agreement (借款合同): generated at the offer from the figures the loan will
 * have if the shop pays this session on credit with this term today, shown by the page, and
 * generated again at the drawdown, where the bank hashes it and stores it with the loan.
 */

/**
 * The term a page asks about, or the session's default: the first of its loan offers.
 *
 * @throws ApiError `credit_line_missing`; `parameter_invalid` (`term`) for a term the line does
 *   not offer
 */
export function chosenTerm(
  ctx: Context,
  session: CheckoutSessionRecord,
  asked: { repayment_method?: LoanTerm['repayment_method']; length?: string | number },
): LoanTerm {
  const line = lineOfBuyer(ctx, session.buyer);
  if (!line)
    throw new ApiError('credit_line_missing', 'This shop has no credit line yet: it may apply');
  if (asked.repayment_method === undefined && asked.length === undefined)
    return line.term_options[0]!;
  const term = line.term_options.find(
    (t) => t.repayment_method === asked.repayment_method && t.length === Number(asked.length),
  );
  if (!term) {
    throw new ApiError(
      'parameter_invalid',
      'Name a term of the loan offers: repayment_method and length together',
      { param: asked.repayment_method === undefined ? 'repayment_method' : 'length' },
    );
  }
  return term;
}

/**
 * The agreement of the loan this session would open with `term`, dated today, as a consent
 * template: its version, the loan's own title and text, and the bank's hash of the text.
 *
 * @throws ApiError `credit_line_missing`
 */
export function ownAgreement(
  ctx: Context,
  session: CheckoutSessionRecord,
  term: LoanTerm,
  locale: Locale,
): ConsentTemplate {
  const line = lineOfBuyer(ctx, session.buyer);
  if (!line)
    throw new ApiError('credit_line_missing', 'This shop has no credit line yet: it may apply');
  const buyer = getBuyer(ctx, session.buyer);
  const date = shanghaiDate(ctx.now);
  const { title, text } = loanAgreementText(
    {
      version: CONSENT_TEMPLATE_VERSION,
      order: session.id,
      borrower: buyer,
      payee: getSupplier(ctx, session.supplier).business_name,
      escrow: session.escrow ? { auto_release_days: session.escrow.auto_release_days } : null,
      term,
      schedule: loanSchedule(session.amount.amount, line.apr, term, date),
      principal: session.amount.amount,
      date,
    },
    locale,
  );
  return {
    object: 'consent_template',
    type: 'loan_agreement',
    version: CONSENT_TEMPLATE_VERSION,
    locale,
    title,
    text,
    text_sha256: sha256Hex(text),
    recipient: locale === 'zh-CN' ? '星辉银行' : 'Xinghui Bank',
    purpose: locale === 'zh-CN' ? '订单货款受托支付' : 'entrusted payment of an order',
    data_types: [],
    duration_days: null,
  };
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/**
 * A printable HTML document of an agreement: every line of the text as a paragraph (the text
 * is what was hashed; the document adds only markup), and the bank's hash at the foot.
 */
export function agreementHtml(title: string, text: string, locale: Locale, sha256: string): string {
  const paragraphs = text
    .split('\n')
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('\n');
  return [
    '<!doctype html>',
    `<html lang="${locale}">`,
    '<head><meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title>`,
    '<style>body{font:14px/1.6 serif;max-width:42em;margin:2em auto;color:#000}' +
      'h1{font-size:20px;text-align:center}footer{margin-top:2em;font-size:11px;word-break:break-all}' +
      '@media print{body{margin:0}}</style>',
    '</head><body>',
    `<h1>${escapeHtml(title)}</h1>`,
    paragraphs,
    `<footer>SHA-256: ${sha256}</footer>`,
    '</body></html>',
  ].join('\n');
}

/**
 * A loan's agreement as the bank stored it with the loan, as text or a printable HTML document.
 *
 * @throws ApiError `resource_missing` for a loan opened before agreements were stored with loans
 */
export function loanAgreement(loan: LoanRecord, format: 'text' | 'html' = 'text'): LoanAgreement {
  const stored = loan.agreement_text;
  if (!stored) {
    throw new ApiError('resource_missing', 'This loan was opened before agreements were stored');
  }
  return {
    object: 'loan_agreement',
    loan: loan.id,
    consent: loan.agreement.consent,
    version: loan.agreement.version,
    locale: stored.locale,
    title: stored.title,
    format,
    content:
      format === 'html'
        ? agreementHtml(stored.title, stored.text, stored.locale, loan.agreement.text_sha256)
        : stored.text,
    text_sha256: loan.agreement.text_sha256,
  };
}
