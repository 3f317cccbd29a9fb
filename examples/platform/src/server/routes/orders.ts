import { formatMoney, type Money } from '@xinghui/sdk';
import { Hono } from 'hono';
import { priceCart, SUPPLIER } from '../catalogue.js';
import { partiesOf, type PlatformContext } from '../context.js';
import { HttpError, readJsonBody } from '../http-error.js';
import { readShipment, shipOrder } from '../order-actions.js';
import { newOrderId, type Order } from '../orders.js';
import { currentShop } from '../shop-session.js';
import { syncOrder } from '../sync-order.js';

const cny = (amount: number): Money => ({ amount, currency: 'CNY' });

/** Checking out a cart, and the logged-in shop's orders. */
export function orderRoutes(ctx: PlatformContext): Hono {
  /** What the bank needs on the page to pay a pending order; never the secret key. */
  const checkoutFor = (order: Order) => ({
    orderId: order.id,
    clientSecret: order.clientSecret,
    publishableKey: ctx.bank.publishableKey,
    apiBase: ctx.bank.url,
  });

  const present = (order: Order) => ({
    id: order.id,
    status: order.status,
    total: cny(order.total),
    totalText: formatMoney(cny(order.total)),
    lines: order.lines.map((line) => ({
      productId: line.productId,
      name: line.name,
      quantity: line.quantity,
      unitAmountText: formatMoney(cny(line.unitAmount)),
      amountText: formatMoney(cny(line.amount)),
    })),
    supplierName: SUPPLIER.business_name,
    createdAt: order.createdAt,
    paidAt: order.paidAt,
    paymentId: order.paymentId,
    shipment: order.shipment,
    autoReleaseAt: order.autoReleaseAt,
    checkout: order.status === 'pending' ? checkoutFor(order) : null,
  });

  /** The logged-in shop's order, brought up to date with the bank. */
  async function findOrder(id: string, shopKey: string): Promise<Order> {
    const order = ctx.orders.get(id, shopKey);
    if (!order) throw new HttpError(404, 'order_not_found', `No order ${id} for this shop`);
    return syncOrder(ctx.xinghui, ctx.orders, order, partiesOf(ctx).supplierId);
  }

  return (
    new Hono()
      .post('/checkout', async (c) => {
        const shop = currentShop(c, ctx);
        // Only product ids and quantities are read from the page: prices come from our catalogue.
        const { lines, total } = priceCart((await readJsonBody(c)).lines);
        const id = newOrderId();
        const session = await ctx.xinghui.checkoutSessions.create(
          {
            buyer: shop.buyerId,
            supplier: partiesOf(ctx).supplierId,
            amount: cny(total),
            line_items: lines.map((line) => ({
              name: line.name,
              quantity: line.quantity,
              unit_amount: cny(line.unitAmount),
            })),
            description: `${SUPPLIER.business_name} 订货单 ${id}`,
            // The shop chooses at the checkout: its wallet, or the bank's one-click loan.
            payment_methods: ['wallet', 'credit'],
            // Guaranteed trade (担保交易): the bank holds the money until the shop confirms
            // receipt, or releases it itself 10 days after shipment (delivery's default).
            escrow: {},
            metadata: { order_id: id },
          },
          // One session per order, even if this call is retried after a lost answer.
          { idempotencyKey: `checkout-${id}` },
        );
        const order = ctx.orders.add({
          id,
          shop: shop.key,
          buyerId: shop.buyerId,
          lines,
          total,
          checkoutSessionId: session.id,
          clientSecret: session.client_secret,
        });
        return c.json(checkoutFor(order), 201);
      })
      .get('/orders', async (c) => {
        const shop = currentShop(c, ctx);
        const orders = await Promise.all(
          ctx.orders.list(shop.key).map((order) => findOrder(order.id, shop.key)),
        );
        return c.json({ data: orders.map(present) });
      })
      .get('/orders/:id', async (c) => {
        const shop = currentShop(c, ctx);
        return c.json(present(await findOrder(c.req.param('id'), shop.key)));
      })
      // The checkout page calls this when <xh-pay-button> reports success; the bank decides.
      .post('/orders/:id/verify-payment', async (c) => {
        const shop = currentShop(c, ctx);
        const order = await findOrder(c.req.param('id'), shop.key);
        if (order.status !== 'paid') {
          throw new HttpError(
            409,
            'payment_not_complete',
            'The bank has no completed payment for this order',
          );
        }
        return c.json(present(order));
      })
      // Sandbox stand-in for the supplier's side: reports the shipment to the bank.
      .post('/orders/:id/ship', async (c) => {
        const shop = currentShop(c, ctx);
        // Checked before the bank is asked anything.
        const shipment = readShipment(await readJsonBody(c));
        const order = await findOrder(c.req.param('id'), shop.key);
        return c.json(present(await shipOrder(ctx, order, shipment)));
      })
    // 确认收货 has no route here: the shop confirms in <xh-credit-wallet> with its own code
    // (orders-page.js), and this backend reads the release from the bank.
  );
}
