import type { CreditLine } from '@xinghui/contract';
import { html, type TemplateResult } from 'lit';
import type { CreditMessages } from '../i18n/credit.messages.js';
import type { Formatters } from '../i18n/locale.js';
import { summaryList, type SummaryRow } from './summary-list.js';

export interface CreditLineSummaryOptions {
  t: CreditMessages & { limit: string; validUntil: string; termsOffered: string };
  format: Formatters;
  line: CreditLine;
}

/**
 * A credit line as the shop gets it, before its first loan: the limit, the APR (first, as on
 * every offer) and daily rate, how long it is valid, and the terms it offers. Part:
 * `line-summary`.
 */
export function creditLineSummary(options: CreditLineSummaryOptions): TemplateResult {
  const { t, format, line } = options;
  const rows: SummaryRow[] = [
    [t.limit, format.money(line.limit)],
    [t.apr, format.rate(line.apr)],
    [t.dailyRate, format.rate(line.daily_rate)],
    ...(line.expires_at ? [[t.validUntil, format.date(line.expires_at)] as const] : []),
    [
      t.termsOffered,
      line.term_options.map((term) => t.termName(term.repayment_method, term.length)).join(' / '),
    ],
  ];
  return html`${summaryList(rows, 'line-summary')}`;
}
