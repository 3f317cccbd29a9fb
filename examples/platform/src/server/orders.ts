import { randomBytes } from 'node:crypto';
import type { Escrow } from '@xinghui/sdk/server';
import type { OrderLine } from './catalogue.js';

/**
 * Where an order stands. Orders are paid in escrow (担保交易), so after `pending` (待付款) each
 * state follows the bank's escrow of the payment: `paid` (the bank holds the money), `shipped`
 * (the auto-confirm timer runs), `completed` (released to the supplier); `disputed` and
 * `refunded` only when someone acts at the bank directly. `expired`: the session ran out unpaid.
 */
export type OrderStatus =
  'pending' | 'paid' | 'shipped' | 'completed' | 'disputed' | 'refunded' | 'expired';

/** The order state each escrow state means; an escrow state newer than this code leaves it be. */
const STATUS_OF_ESCROW: Record<string, OrderStatus> = {
  held: 'paid',
  shipped: 'shipped',
  disputed: 'disputed',
  released: 'completed',
  refunded: 'refunded',
};

/** How the goods left the supplier, as reported to the bank. */
export interface Shipment {
  carrier: string;
  trackingNumber: string;
  /** ISO 8601. */
  shippedAt: string;
}

/** One order a shop placed with the supplier, and the bank's checkout session that pays it. */
export interface Order {
  id: string;
  /** The key of the seeded shop that placed it (see seed.ts). */
  shop: string;
  buyerId: string;
  lines: OrderLine[];
  /** In fen; the checkout session was created for exactly this amount. */
  total: number;
  status: OrderStatus;
  checkoutSessionId: string;
  /** Handed only to the shop that placed the order, for its checkout page. */
  clientSecret: string;
  paymentId: string | null;
  /** ISO 8601. */
  createdAt: string;
  paidAt: string | null;
  shipment: Shipment | null;
  /** ISO 8601, on the bank's clock: when the bank releases the money unless the shop acts first. */
  autoReleaseAt: string | null;
}

/** The bank's timestamps are Unix seconds. */
const iso = (seconds: number) => new Date(seconds * 1000).toISOString();

/** A new order number, made before the bank is called so the session can carry it. */
export function newOrderId(): string {
  return `ord_${randomBytes(6).toString('hex')}`;
}

/**
 * The platform's own order book. A real platform keeps orders in its database; the demo keeps
 * them in memory, so they are gone when it restarts (the bank keeps the payments).
 */
export class OrderBook {
  readonly #orders = new Map<string, Order>();

  add(
    fields: Omit<
      Order,
      'status' | 'paymentId' | 'createdAt' | 'paidAt' | 'shipment' | 'autoReleaseAt'
    >,
  ): Order {
    const order: Order = {
      ...fields,
      status: 'pending',
      paymentId: null,
      createdAt: new Date().toISOString(),
      paidAt: null,
      shipment: null,
      autoReleaseAt: null,
    };
    this.#orders.set(order.id, order);
    return order;
  }

  /** The order, only if `shop` placed it: one shop never sees another's orders. */
  get(id: string, shop: string): Order | undefined {
    const order = this.#orders.get(id);
    return order?.shop === shop ? order : undefined;
  }

  /** The order a checkout session pays, whoever placed it (for the bank's webhooks). */
  findByCheckoutSession(checkoutSessionId: string): Order | undefined {
    return [...this.#orders.values()].find(
      (order) => order.checkoutSessionId === checkoutSessionId,
    );
  }

  /** A shop's orders, newest first. */
  list(shop: string): Order[] {
    return [...this.#orders.values()].filter((order) => order.shop === shop).reverse();
  }

  markPaid(order: Order, paymentId: string): void {
    order.status = 'paid';
    order.paymentId = paymentId;
    order.paidAt = new Date().toISOString();
  }

  /**
   * Copies the bank's escrow of the order's payment onto the order: the bank holds the money,
   * so its escrow is the truth. A payment with no escrow went straight to the supplier.
   */
  applyEscrow(order: Order, escrow: Escrow | null | undefined): void {
    if (!escrow) {
      order.status = 'completed';
      return;
    }
    order.status = STATUS_OF_ESCROW[escrow.status] ?? order.status;
    order.shipment = escrow.shipment && {
      carrier: escrow.shipment.carrier,
      trackingNumber: escrow.shipment.tracking_number,
      shippedAt: iso(escrow.shipment.shipped_at),
    };
    order.autoReleaseAt = escrow.auto_release_at === null ? null : iso(escrow.auto_release_at);
  }

  markExpired(order: Order): void {
    order.status = 'expired';
  }
}
