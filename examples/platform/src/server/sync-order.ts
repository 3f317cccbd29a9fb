import type { Xinghui } from '@xinghui/sdk/server';
import type { Order, OrderBook, OrderStatus } from './orders.js';
import { syncPayment } from './verify-payment.js';

/** States in which the bank still holds money for the order, so its escrow may have moved on. */
const HELD: ReadonlySet<OrderStatus> = new Set(['paid', 'shipped', 'disputed']);

/**
 * Brings an order up to date with the bank before it is shown or acted on. A pending order asks
 * whether it has been paid; an order whose money the bank holds reads the payment's escrow,
 * because the bank moves it on its own (自动确认收货 when the timer runs out) and anyone with the
 * key may act on it there. Completed, refunded and expired orders are final: no call.
 */
export async function syncOrder(
  xinghui: Xinghui,
  orders: OrderBook,
  order: Order,
  supplierId: string,
): Promise<Order> {
  if (order.status === 'pending') return syncPayment(xinghui, orders, order, supplierId);
  if (!order.paymentId || !HELD.has(order.status)) return order;
  const payment = await xinghui.payments.retrieve(order.paymentId);
  orders.applyEscrow(order, payment.escrow);
  return order;
}
