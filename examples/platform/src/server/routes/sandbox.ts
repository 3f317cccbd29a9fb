import { isXinghuiError } from '@xinghui/sdk/server';
import { Hono } from 'hono';
import type { PlatformContext } from '../context.js';
import { HttpError } from '../http-error.js';
import { currentShop } from '../shop-session.js';

/**
 * SANDBOX ONLY. A real bank texts the one-time code to the shop owner's phone; the sandbox bank
 * lets the partner's server read it instead, so the demo's checkout page can show it. A real
 * platform has no such route.
 */
export function sandboxRoutes(ctx: PlatformContext): Hono {
  return new Hono().get('/sandbox/verification-code', async (c) => {
    const shop = currentShop(c, ctx);
    const order = ctx.orders.get(c.req.query('order') ?? '', shop.key);
    if (!order) throw new HttpError(404, 'order_not_found', 'order must be one of your orders');
    try {
      const { code } = await ctx.xinghui.sandbox.retrieveVerificationCode(order.checkoutSessionId);
      return c.json({ sandbox: true, orderId: order.id, code });
    } catch (error) {
      if (isXinghuiError(error) && error.code === 'resource_missing') {
        throw new HttpError(404, 'code_not_sent', 'No code has been sent for this order yet');
      }
      throw error;
    }
  });
}
