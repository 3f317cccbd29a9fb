/**
 * A partner's backend, the part that takes payment for an order: what the test beside it
 * checks against @xinghui/mock. It knows nothing of the mock: it takes an SDK client, as in
 * production.
 */
import type { Xinghui } from '@xinghui/sdk/server';

/** An order of the partner's platform: one shop buying from one supplier. */
export interface Order {
  id: string;
  buyer: string;
  supplier: string;
  lines: { name: string; quantity: number; unitAmountFen: number }[];
}

/** What the checkout page needs: the session's id and client secret (never the secret key). */
export interface StartedCheckout {
  sessionId: string;
  clientSecret: string;
  amountFen: number;
}

/**
 * Opens a checkout session for an order: the amount is the sum of its lines, in fen; the shop
 * may pay from its wallet or on credit.
 *
 * @throws RangeError for an order with no lines or a line that is not whole fen
 */
export async function startCheckout(xinghui: Xinghui, order: Order): Promise<StartedCheckout> {
  if (order.lines.length === 0) throw new RangeError(`Order ${order.id} has no lines`);
  for (const line of order.lines) {
    if (!Number.isSafeInteger(line.unitAmountFen) || line.unitAmountFen <= 0) {
      throw new RangeError(`Order ${order.id}: "${line.name}" must cost a whole number of fen`);
    }
  }
  const amountFen = order.lines.reduce((sum, l) => sum + l.quantity * l.unitAmountFen, 0);
  const session = await xinghui.checkoutSessions.create(
    {
      buyer: order.buyer,
      supplier: order.supplier,
      amount: { amount: amountFen, currency: 'CNY' },
      payment_methods: ['wallet', 'credit'],
      line_items: order.lines.map((line) => ({
        name: line.name,
        quantity: line.quantity,
        unit_amount: { amount: line.unitAmountFen, currency: 'CNY' },
      })),
      metadata: { order: order.id },
    },
    // One session per order, however often the platform retries.
    { idempotencyKey: `order-${order.id}` },
  );
  return { sessionId: session.id, clientSecret: session.client_secret!, amountFen };
}

/**
 * The platform's webhook handler: verifies the delivery's signature and returns the order id a
 * `checkout_session.completed` event pays, or `undefined` for any other event.
 *
 * @throws WebhookSignatureError when the signature does not verify
 */
export function paidOrderOf(
  xinghui: Xinghui,
  body: string,
  signature: string,
  secret: string,
): string | undefined {
  const event = xinghui.webhooks.constructEvent(body, signature, secret);
  if (event.type !== 'checkout_session.completed') return undefined;
  return event.data.object.metadata?.order;
}
