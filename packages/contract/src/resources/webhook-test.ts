import { idOf } from '../ids.js';
import { z } from '../zod.js';

/**
 * What a `webhook_endpoint.test` event carries: a delivery asked for by hand to check an
 * endpoint (`xinghui-sandbox webhooks test`, `webhookEndpoints.sendTest`). Nothing happened to
 * any object: a handler answers 2xx and does nothing else.
 */
export const WebhookTest = z.object({
  object: z.literal('webhook_test'),
  /** The endpoint the test was sent to (only that one gets it). */
  webhook_endpoint: /* @__PURE__ */ idOf('we'),
  /** Its URL when the test was sent. */
  url: z.string(),
});
export type WebhookTest = z.infer<typeof WebhookTest>;
