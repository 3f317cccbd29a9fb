import { Timestamp } from '../common.js';
import { z } from '../zod.js';

/** The longest a rolled secret key may keep working beside the new one: 7 days. */
export const MAX_KEY_OVERLAP_SECONDS = 7 * 86_400;

/** How long the old key keeps working unless told otherwise: 1 hour. */
export const DEFAULT_KEY_OVERLAP_SECONDS = 3_600;

/** Parameters to roll the secret key a call is made with. */
export const RollSecretKeyParams = z.strictObject({
  /**
   * How long the old key keeps working beside the new one, in seconds of the partner's test
   * clock; `0` ends it now. Default 3,600 (1 hour), at most 604,800 (7 days).
   */
  overlap_seconds: z.optional(
    /* @__PURE__ */ z.int().check(z.minimum(0), z.maximum(MAX_KEY_OVERLAP_SECONDS)),
  ),
});
export type RollSecretKeyParams = z.input<typeof RollSecretKeyParams>;

/** A rolled secret key: the new key (shown only now) and when the old one stops working. */
export const RolledSecretKey = z.object({
  object: z.literal('rolled_secret_key'),
  /** The new `sk_test_…` key. Shown only in this answer: keep it now. */
  secret_key: z.string(),
  /** The old key's last characters, to tell which key was rolled (`sk_test_…a1B2`). */
  previous_secret_key: z.string(),
  /**
   * When the old key stops working, on the partner's test clock (Unix seconds): a call made with
   * it then is refused with `api_key_expired`.
   */
  previous_secret_key_expires_at: Timestamp,
});
export type RolledSecretKey = z.infer<typeof RolledSecretKey>;
