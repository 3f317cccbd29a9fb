import { randomBytes } from 'node:crypto';
import type { OrderLine } from './catalogue.js';

/** Where an order stands: `paid` only once the bank has confirmed the payment. */
export type OrderStatus = 'pending' | 'paid' | 'expired';

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
}

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

  add(fields: Omit<Order, 'status' | 'paymentId' | 'createdAt' | 'paidAt'>): Order {
    const order: Order = {
      ...fields,
      status: 'pending',
      paymentId: null,
      createdAt: new Date().toISOString(),
      paidAt: null,
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

  markExpired(order: Order): void {
    order.status = 'expired';
  }
}
