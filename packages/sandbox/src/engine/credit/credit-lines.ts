import {
  dailyRateFromApr,
  generateId,
  type CreditLine,
  type ListCreditLinesParams,
  type LoanTerm,
} from '@xinghui/contract';
import type { Context } from '../core/context.js';
import { listPage } from '../core/list-page.js';
import { getOwned } from '../core/owned-rows.js';
import type { CreditLineRecord } from '../core/records.js';
import { lineExpiry, setLineExpiryTimer } from './line-validity.js';

/** Opens a shop's revolving line at the limit and APR its approval set. */
export function openCreditLine(
  ctx: Context,
  buyer: string,
  decision: { limit: number; apr: string; terms: readonly LoanTerm[] },
  consents: string[],
): CreditLineRecord {
  const line: CreditLineRecord = {
    id: generateId('cl'),
    partner: ctx.partner.id,
    buyer,
    status: 'active',
    limit: decision.limit,
    used: 0,
    apr: decision.apr,
    term_options: [...decision.terms],
    consents,
    expires_at: lineExpiry(ctx.now),
    created: ctx.now,
    updated: ctx.now,
  };
  ctx.store.insert('credit_lines', line);
  setLineExpiryTimer(ctx, line);
  return line;
}

/** The shop's open (active, frozen or expired) line, if it has one. */
export function lineOfBuyer(ctx: Context, buyer: string): CreditLineRecord | undefined {
  return ctx.store
    .find<CreditLineRecord>('credit_lines', { where: { partner: ctx.partner.id, buyer } })
    .find((line) => line.status !== 'closed');
}

const UNAVAILABLE_REASONS = {
  active: null,
  frozen: 'loan_overdue',
  expired: 'line_expired',
  closed: 'line_closed',
} as const;

/**
 * A line as the API shows it: available = limit − used on an active line, 0 on a frozen,
 * expired or closed one, with the reason; the daily rate derived from the APR.
 */
export function presentCreditLine(line: CreditLineRecord): CreditLine {
  const cny = (amount: number) => ({ amount, currency: 'CNY' as const });
  const open = line.status === 'active';
  return {
    id: line.id,
    object: 'credit_line',
    buyer: line.buyer,
    status: line.status,
    limit: cny(line.limit),
    used: cny(line.used),
    available: cny(open ? Math.max(0, line.limit - line.used) : 0),
    unavailable_reason: UNAVAILABLE_REASONS[line.status],
    expires_at: line.expires_at ?? null,
    apr: line.apr,
    daily_rate: dailyRateFromApr(line.apr),
    term_options: line.term_options,
    consents: line.consents,
    created: line.created,
    updated: line.updated,
  };
}

export function retrieveCreditLine(ctx: Context, id: string): CreditLine {
  return presentCreditLine(getOwned<CreditLineRecord>(ctx, 'credit_lines', id));
}

export function listCreditLines(ctx: Context, params: ListCreditLinesParams) {
  const { limit, starting_after, ...filters } = params;
  return listPage(ctx, 'credit_lines', filters, { limit, starting_after }, presentCreditLine);
}
