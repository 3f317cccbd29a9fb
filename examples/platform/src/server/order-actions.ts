import { isXinghuiError, type Payment } from '@xinghui/sdk/server';
import type { PlatformContext } from './context.js';
import { HttpError } from './http-error.js';
import type { Order } from './orders.js';

/** The bank's own limit on a carrier's name and a tracking number. */
const MAX_TEXT = 100;

/** What the supplier reports about a shipment. */
export interface ShipmentInput {
  carrier: string;
  trackingNumber: string;
}

/** A required short text field of the body, trimmed, or a 400 naming it. */
function shortText(body: Record<string, unknown>, field: string, code: string): string {
  const value = body[field];
  const text = typeof value === 'string' ? value.trim() : '';
  if (text.length === 0 || text.length > MAX_TEXT) {
    throw new HttpError(400, code, `${field} must be a text of 1 to ${MAX_TEXT} characters`);
  }
  return text;
}

/** The shipment in a request body, or a 400 naming the field that is wrong. */
export function readShipment(body: Record<string, unknown>): ShipmentInput {
  return {
    carrier: shortText(body, 'carrier', 'invalid_carrier'),
    trackingNumber: shortText(body, 'trackingNumber', 'invalid_tracking_number'),
  };
}

/**
 * Why an order in this state cannot take the next step: the typed refusals the page explains.
 * `closed`: nothing is held any more (released or refunded).
 */
const notPaid = () => new HttpError(409, 'order_not_paid', 'This order has not been paid');
const alreadyShipped = () =>
  new HttpError(409, 'order_already_shipped', 'This order has already been shipped');
const disputed = () =>
  new HttpError(409, 'order_disputed', 'This order is disputed: the bank has paused it');
const closed = () =>
  new HttpError(409, 'order_closed', 'The bank holds no money for this order any more');

/**
 * Runs an escrow call at the bank. The order was checked against the bank's state just before,
 * but another request may have acted in between (a double click, the bank's own timer): the
 * bank's refusal then becomes the same typed 409 as the check's.
 */
async function atBank(call: () => Promise<Payment>): Promise<Payment> {
  try {
    return await call();
  } catch (error) {
    if (isXinghuiError(error)) {
      if (error.code === 'escrow_already_shipped') throw alreadyShipped();
      if (error.code === 'escrow_disputed') throw disputed();
      if (error.code === 'escrow_settled') throw closed();
    }
    throw error;
  }
}

/*
 * 确认收货 is not here: releasing the supplier's money is the shop's own act, which it authorises
 * on the orders page in <xh-credit-wallet> (its wallet session and a one-time code). This
 * backend never releases escrow with its secret key (its contract would allow it, with a
 * reason); it reads the outcome from the bank (sync-order.ts, the `escrow.released` webhook).
 */

/**
 * The supplier shipped the goods: tells the bank, which starts the auto-confirm timer. In the
 * demo the shop's page stands in for the supplier's side; a real platform takes this from the
 * supplier's own back office. `order` must be synced with the bank first.
 */
export async function shipOrder(
  ctx: PlatformContext,
  order: Order,
  { carrier, trackingNumber }: ShipmentInput,
): Promise<Order> {
  if (order.status === 'pending' || order.status === 'expired') throw notPaid();
  if (order.shipment) throw alreadyShipped();
  if (order.status === 'disputed') throw disputed();
  if (order.status !== 'paid') throw closed();

  const payment = await atBank(() =>
    ctx.xinghui.payments.ship(order.paymentId!, {
      carrier,
      tracking_number: trackingNumber,
    }),
  );
  ctx.orders.applyEscrow(order, payment.escrow);
  return order;
}
