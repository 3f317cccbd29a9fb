import type { Money } from '@xinghui/contract';

/** Detail of `xh-limit-review-completed`: the bank reviewed the shop's limit. */
export interface XhLimitReviewCompletedDetail {
  /** `raise`, `hold` or `cut` (an open set: newer outcomes may appear). */
  outcome: string;
  /** The limit after the review. */
  limit: Money;
}

/** The `xh-limit-review-completed` event. */
export type XhLimitReviewCompletedEvent = CustomEvent<XhLimitReviewCompletedDetail>;

declare global {
  interface HTMLElementEventMap {
    'xh-limit-review-completed': XhLimitReviewCompletedEvent;
  }
}
