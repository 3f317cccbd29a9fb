import {
  tradeEndpoints as endpoints,
  type CreateLimitReviewParams,
  type LimitReview,
} from '@xinghui/contract';
import type { RequestOptions } from '../core/options.js';
import type { Transport } from '../core/transport.js';

/** Limit reviews: the bank re-judges a line on the shop's trade and credit record. */
export class LimitReviews {
  constructor(private readonly transport: Transport) {}

  /**
   * Reviews a line's limit: `raise`, `hold` or `cut`, with reasons in zh-CN and en. Without the
   * shop's data-sharing consent the bank holds the limit without looking.
   *
   * @example
   * ```ts
   * const review = await xinghui.limitReviews.create({ credit_line: line.id });
   * if (review.outcome === 'raise') notify(shop, review.limit);
   * ```
   */
  create(params: CreateLimitReviewParams, options?: RequestOptions): Promise<LimitReview> {
    return this.transport.request(endpoints.createLimitReview, { body: params, options });
  }

  /**
   * Retrieves a limit review.
   *
   * @example
   * ```ts
   * const review = await xinghui.limitReviews.retrieve('lr_5Tg7Yh9Uj1Ik3Ol5');
   * ```
   */
  retrieve(id: string, options?: RequestOptions): Promise<LimitReview> {
    return this.transport.request(endpoints.retrieveLimitReview, { id, options });
  }
}
