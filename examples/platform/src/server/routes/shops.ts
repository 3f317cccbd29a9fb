import { formatMoney } from '@xinghui/sdk';
import { Hono } from 'hono';
import { partiesOf, type PlatformContext } from '../context.js';
import { readJsonBody } from '../http-error.js';
import type { SeededShop } from '../seed.js';
import { currentShop, logIn, logOut } from '../shop-session.js';

/** The login screen's shops, logging in and out, and who is logged in. */
export function shopRoutes(ctx: PlatformContext): Hono {
  /** A shop with its wallet balance, read from the bank with the secret key. */
  async function present(shop: SeededShop) {
    const { balance } = await ctx.xinghui.wallets.retrieve(shop.walletId);
    return {
      key: shop.key,
      businessName: shop.businessName,
      ownerName: shop.ownerName,
      hint: shop.hint,
      walletBalance: balance,
      walletBalanceText: formatMoney(balance),
    };
  }

  return new Hono()
    .get('/shops', async (c) =>
      c.json({ data: await Promise.all(partiesOf(ctx).shops.map(present)) }),
    )
    .post('/login', async (c) => {
      const { shop } = await readJsonBody(c);
      return c.json(await present(logIn(c, ctx, shop)));
    })
    .post('/logout', (c) => {
      logOut(c);
      return c.body(null, 204);
    })
    .get('/me', async (c) => c.json(await present(currentShop(c, ctx))));
}
