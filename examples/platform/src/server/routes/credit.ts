import { Hono } from 'hono';
import type { PlatformContext } from '../context.js';
import { currentShop } from '../shop-session.js';

/** How long a "my credit" page may act for the shop before it must be reloaded. */
const WALLET_SESSION_SECONDS = 30 * 60;

/**
 * The "my credit" page: a wallet session for the logged-in shop, so `<xh-credit-wallet>` can show
 * its own line, loans and wallet, and repay, and nothing of any other shop.
 */
export function creditRoutes(ctx: PlatformContext): Hono {
  return new Hono().post('/wallet-session', async (c) => {
    const shop = currentShop(c, ctx);
    const session = await ctx.xinghui.walletSessions.create({
      buyer: shop.buyerId,
      expires_in: WALLET_SESSION_SECONDS,
    });
    ctx.walletSessions.set(shop.key, session.id);
    return c.json(
      {
        clientSecret: session.client_secret,
        publishableKey: ctx.bank.publishableKey,
        apiBase: ctx.bank.url,
      },
      201,
    );
  });
}
