import { Hono } from 'hono';
import { partiesOf, type PlatformContext } from '../context.js';
import { franchiseShops } from '../franchise.js';

/**
 * The wholesaler's side of supplier-led pre-approval (批量预授信): invite its seven franchise
 * shops to the bank's credit in one call, and see where each stands. Each shop answers on its
 * own page (invitation.html), with the bank, never through this backend.
 */
export function franchiseRoutes(ctx: PlatformContext): Hono {
  return new Hono()
    .post('/franchise/invite', async (c) => {
      const parties = partiesOf(ctx);
      const shops = await franchiseShops(ctx.xinghui, parties);
      // A shop already invited keeps its invitation, so pressing twice invites nobody twice.
      const batch = await ctx.xinghui.preApprovals.create({
        supplier: parties.supplierId,
        shops: shops.map((shop) => shop.nominee),
      });
      return c.json({ invited: batch.invited, ineligible: batch.ineligible }, 201);
    })
    .get('/franchise', async (c) => {
      const parties = partiesOf(ctx);
      const shops = await franchiseShops(ctx.xinghui, parties);
      const latest = new Map<
        string,
        Awaited<ReturnType<typeof ctx.xinghui.preApprovals.retrieve>>
      >();
      // Newest first: the first pre-approval seen for a shop is where it stands now.
      for await (const pre of ctx.xinghui.preApprovals.list({
        supplier: parties.supplierId,
        limit: 100,
      })) {
        if (!latest.has(pre.buyer)) latest.set(pre.buyer, pre);
      }
      return c.json({
        shops: shops.map(({ businessName, nominee }) => {
          const pre = latest.get(nominee.buyer);
          return {
            businessName,
            status: pre?.status ?? 'not_invited',
            limit: pre?.offer?.limit ?? null,
            apr: pre?.offer?.apr ?? null,
            creditLine: pre?.credit_line ?? null,
          };
        }),
      });
    });
}
