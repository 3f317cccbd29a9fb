import { generateId, type DecisionReason, type LimitReview } from '@xinghui/contract';
import { riskEngineOf } from './risk-engine-of.js';
import { ApiError } from '../core/api-error.js';
import { getBuyer } from '../trade/buyers.js';
import { activeConsent } from './consents.js';
import type { Context } from '../core/context.js';
import { presentCreditLine } from './credit-lines.js';
import { renewLine } from './line-expiry.js';
import { recordEvent } from '../webhooks/events.js';
import { getOwned, withoutPartner } from '../core/owned-rows.js';
import type { CreditLineRecord, LimitReviewRecord } from '../core/records.js';
import { reviewIndicators } from './trade-indicators.js';

/** Why a review held the limit without looking: the shop has not shared its trade data. */
const NO_DATA_SHARING: DecisionReason = {
  code: 'data_sharing_not_given',
  message: {
    'zh-CN': '门店未授权（或已撤回）经营数据共享，额度保持不变',
    en: 'The shop has not shared (or has revoked) its trade data: the limit stays as it is',
  },
};

/**
 * Reviews a line's limit on the shop's trade reports and credit record, with the risk engine:
 * raise, hold or cut, with reasons. Without an active data-sharing consent the bank does not
 * look at the trade data and holds the limit. A review that looked renews the line's validity
 * for 12 months (line-validity.ts), reopening an expired line. A changed limit or a renewal is a
 * `credit_line.updated` event.
 *
 * @throws ApiError `credit_line_not_active` for a closed line
 */
export function reviewLimit(ctx: Context, lineId: string): LimitReview {
  const line = getOwned<CreditLineRecord>(ctx, 'credit_lines', lineId, 'credit_line');
  if (line.status === 'closed')
    throw new ApiError('credit_line_not_active', 'This credit line is closed');
  const buyer = getBuyer(ctx, line.buyer);
  const cny = (amount: number) => ({ amount, currency: 'CNY' as const });

  let outcome: LimitReview['outcome'] = 'hold';
  let limit = line.limit;
  const noDataSharing = [NO_DATA_SHARING];
  let reasons = noDataSharing;
  if (activeConsent(ctx, buyer.id, 'data_sharing')) {
    const decision = riskEngineOf(ctx).reviewLimit(reviewIndicators(ctx, buyer, line), line.limit, {
      business_name: buyer.business_name,
      credit_code: buyer.credit_code,
    });
    outcome = decision.outcome;
    limit = decision.limit;
    reasons = decision.reasons.map((r) => ({
      code: r.code,
      message: { 'zh-CN': r.message_zh, en: r.message_en },
    }));
  }
  const review: LimitReviewRecord = {
    id: generateId('lr'),
    partner: ctx.partner.id,
    object: 'limit_review',
    credit_line: line.id,
    outcome,
    previous_limit: cny(line.limit),
    limit: cny(limit),
    reasons,
    created: ctx.now,
  };
  ctx.store.insert('limit_reviews', review);
  // A review on the shop's shared data renews the line's validity (an expired line reopens).
  const looked = reasons !== noDataSharing;
  if (limit !== line.limit || looked) {
    const updated: CreditLineRecord = looked
      ? { ...renewLine(ctx, line), limit }
      : { ...line, limit, updated: ctx.now };
    ctx.store.update('credit_lines', updated);
    recordEvent(ctx, 'credit_line.updated', presentCreditLine(updated));
  }
  return withoutPartner(review);
}

export function retrieveLimitReview(ctx: Context, id: string): LimitReview {
  return withoutPartner(getOwned<LimitReviewRecord>(ctx, 'limit_reviews', id));
}
