import type { Context } from '../core/context.js';
import type { CreditLineRecord, LoanRecord } from '../core/records.js';
import { recordEvent } from '../webhooks/events.js';
import { presentCreditLine } from './credit-lines.js';
import { lineExpiry, setLineExpiryTimer } from './line-validity.js';

/** A line's validity ending on the clock, and its renewal by a limit review (line-validity.ts). */

/**
 * Ends a line's validity when its timer falls due, unless a review renewed it since (its
 * `expires_at` is later) or it is closed: `credit_line.updated`.
 */
export function expireLineWhenDue(ctx: Context, lineId: string): void {
  const line = ctx.store.get<CreditLineRecord>('credit_lines', lineId);
  if (!line || line.status === 'closed' || line.status === 'expired') return;
  if (line.expires_at === undefined || line.expires_at > ctx.now) return;
  const expired: CreditLineRecord = { ...line, status: 'expired', updated: ctx.now };
  ctx.store.update('credit_lines', expired);
  recordEvent(ctx, 'credit_line.updated', presentCreditLine(expired));
}

/**
 * Renews a line for another validity period from now, after a limit review: an expired line
 * is open again, frozen while the shop still has an overdue loan.
 */
export function renewLine(ctx: Context, line: CreditLineRecord): CreditLineRecord {
  const overdue = ctx.store.find<LoanRecord>('loans', {
    where: { partner: ctx.partner.id, buyer: line.buyer, status: 'overdue' },
    limit: 1,
  });
  const status =
    line.status === 'expired' ? (overdue.length > 0 ? 'frozen' : 'active') : line.status;
  const renewed: CreditLineRecord = {
    ...line,
    status,
    expires_at: lineExpiry(ctx.now),
    updated: ctx.now,
  };
  setLineExpiryTimer(ctx, renewed);
  return renewed;
}
