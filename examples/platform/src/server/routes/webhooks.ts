import { WebhookSignatureError, type Event } from '@xinghui/sdk/server';
import { Hono } from 'hono';
import { partiesOf, type PlatformContext } from '../context.js';
import { HttpError } from '../http-error.js';
import { syncOrder } from '../sync-order.js';

/** The checkout session an event is about, for the events the platform acts on. */
function checkoutSessionOf(event: Event): string | null {
  switch (event.type) {
    case 'checkout_session.completed':
      return event.data.object.id;
    // A payment, or its escrow moving on: held, released (by the shop, or by the bank's own
    // timer), disputed, refunded.
    case 'payment.succeeded':
    case 'escrow.held':
    case 'escrow.released':
    case 'escrow.disputed':
    case 'escrow.refunded':
      return event.data.object.checkout_session;
    default:
      // Types this platform does not act on, including ones newer than its SDK.
      return null;
  }
}

/**
 * `POST /api/webhooks`: the bank tells the platform what happened. The body is read raw and
 * verified before anything else: a body that is not exactly what the bank signed is refused.
 * The bank may deliver an event more than once (a retry after a lost answer, a re-send), so
 * events already processed are acknowledged and skipped.
 */
export function webhookRoutes(ctx: PlatformContext): Hono {
  return new Hono().post('/webhooks', async (c) => {
    if (!ctx.webhookSecret) {
      throw new HttpError(503, 'webhooks_not_configured', 'No webhook endpoint is registered');
    }
    // The raw text, never c.req.json(): re-serialised JSON would not match the signature.
    const rawBody = await c.req.text();
    let event: Event;
    try {
      event = ctx.xinghui.webhooks.constructEvent(
        rawBody,
        c.req.header('xinghui-signature'),
        ctx.webhookSecret,
      );
    } catch (error) {
      if (error instanceof WebhookSignatureError) {
        throw new HttpError(400, 'signature_invalid', error.message);
      }
      throw error;
    }
    if (ctx.processedEvents.has(event.id)) return c.json({ received: true, duplicate: true });

    const sessionId = checkoutSessionOf(event);
    const order = sessionId ? ctx.orders.findByCheckoutSession(sessionId) : undefined;
    // The event says "look now"; the bank's own records decide, amount included, as for the page.
    if (order) await syncOrder(ctx.xinghui, ctx.orders, order, partiesOf(ctx).supplierId);
    // Remembered only once processed: had it failed, the answer is an error and the bank retries.
    ctx.processedEvents.add(event.id);
    return c.json({ received: true });
  });
}
