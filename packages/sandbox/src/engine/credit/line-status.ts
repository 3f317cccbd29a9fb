import type { Context } from '../core/context.js';
import type { CreditLineRecord, LoanRecord } from '../core/records.js';
import { recordEvent } from '../webhooks/events.js';
import { lineOfBuyer, presentCreditLine } from './credit-lines.js';

/** After a repayment: a shop with no overdue loan left gets its line back. */
export function unfreezeIfCurrent(ctx: Context, buyer: string): void {
  const overdue = ctx.store.find<LoanRecord>('loans', {
    where: { partner: ctx.partner.id, buyer, status: 'overdue' },
    limit: 1,
  });
  if (overdue.length === 0) setLineStatus(ctx, buyer, 'active');
}

/** Freezes or reopens the shop's line for new drawdowns; the platform hears of each change. */
export function setLineStatus(ctx: Context, buyer: string, status: 'active' | 'frozen'): void {
  const line = lineOfBuyer(ctx, buyer);
  // An expired line stays expired (no drawdowns either way) until a limit review renews it.
  if (!line || line.status === status || line.status === 'expired') return;
  const updated: CreditLineRecord = { ...line, status, updated: ctx.now };
  ctx.store.update('credit_lines', updated);
  recordEvent(ctx, 'credit_line.updated', presentCreditLine(updated));
}
