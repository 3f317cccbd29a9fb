import { isXinghuiError } from '@xinghui/sdk/server';
import { Hono } from 'hono';
import type { PlatformContext } from '../context.js';
import { HttpError } from '../http-error.js';
import { currentShop } from '../shop-session.js';

/** What the sandbox top-up adds to the logged-in shop's wallet: ¥1,000.00. */
const SANDBOX_TOP_UP = 100_000;

/**
 * SANDBOX ONLY. A real bank texts the one-time code to the shop owner's phone; the sandbox bank
 * lets the partner's server read it instead, so the demo's pages can show it. And a real shop
 * tops up its wallet by bank transfer; the sandbox lets the demo do it with a button. A real
 * platform has no such routes.
 */
export function sandboxRoutes(ctx: PlatformContext): Hono {
  return new Hono()
    .get('/sandbox/verification-code', async (c) => {
      const shop = currentShop(c, ctx);
      // For an order's checkout session, or (`?for=wallet`) the shop's "my credit" page.
      let session: string | undefined;
      if (c.req.query('for') === 'wallet') {
        session = ctx.walletSessions.get(shop.key);
      } else {
        session = ctx.orders.get(c.req.query('order') ?? '', shop.key)?.checkoutSessionId;
        if (!session) throw new HttpError(404, 'order_not_found', 'order must be one of yours');
      }
      try {
        if (!session) throw new HttpError(404, 'code_not_sent', 'No code has been sent yet');
        const { code } = await ctx.xinghui.sandbox.retrieveVerificationCode(session);
        return c.json({ sandbox: true, code });
      } catch (error) {
        if (isXinghuiError(error) && error.code === 'resource_missing') {
          throw new HttpError(404, 'code_not_sent', 'No code has been sent yet');
        }
        throw error;
      }
    })
    .post('/sandbox/top-up', async (c) => {
      const shop = currentShop(c, ctx);
      const topUp = await ctx.xinghui.wallets.topUp(shop.walletId, {
        amount: { amount: SANDBOX_TOP_UP, currency: 'CNY' },
        description: 'sandbox top-up from the demo',
      });
      return c.json({ sandbox: true, amount: topUp.amount }, 201);
    });
}
