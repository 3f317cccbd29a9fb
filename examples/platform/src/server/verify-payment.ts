import type { Xinghui } from '@xinghui/sdk/server';
import { HttpError } from './http-error.js';
import type { Order, OrderBook } from './orders.js';

/**
 * Asks the bank whether a pending order has been paid, and records the answer.
 *
 * The page's `xh-payment-succeeded` event only means "look now": anyone can fire that event
 * from the browser console. An order is marked paid only when the bank's own checkout session
 * (found by the id this server stored, never one the page sent) is complete and its payment
 * succeeded for exactly this order's amount, buyer and supplier.
 *
 * @throws {@link HttpError} 409 when the bank reports a payment that does not match the order
 */
export async function syncPayment(
  xinghui: Xinghui,
  orders: OrderBook,
  order: Order,
  supplierId: string,
): Promise<Order> {
  if (order.status !== 'pending') return order;

  const session = await xinghui.checkoutSessions.retrieve(order.checkoutSessionId);
  if (session.status === 'expired') orders.markExpired(order);
  if (session.status !== 'complete' || !session.payment) return order;

  const payment = await xinghui.payments.retrieve(session.payment);
  const matches =
    payment.status === 'succeeded' &&
    payment.checkout_session === order.checkoutSessionId &&
    payment.amount.currency === 'CNY' &&
    payment.amount.amount === order.total &&
    payment.buyer === order.buyerId &&
    payment.supplier === supplierId;
  if (!matches) {
    throw new HttpError(409, 'payment_mismatch', `Payment ${payment.id} does not match the order`);
  }
  orders.markPaid(order, payment.id);
  // The same answer says where the escrow stands: held, or already further along.
  orders.applyEscrow(order, payment.escrow);
  return order;
}
