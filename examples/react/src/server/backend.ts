import { serveStatic } from '@hono/node-server/serve-static';
import { Xinghui } from '@xinghui/sdk/server';
import { Hono } from 'hono';

/** Where the backend finds the bank and the built app. */
export interface BackendOptions {
  bankUrl: string;
  /** The platform's secret key: it stays on this server. */
  secretKey: string;
  /** Given to the page, which may hold it. */
  publishableKey: string;
  /** The built app (vite's `dist/`), served at `/`. */
  appDir: string;
}

/** What the page needs to mount a component: never the secret key. */
export interface ComponentSession {
  sessionId: string;
  clientSecret: string;
  publishableKey: string;
  apiBase: string;
}

/** The order this shop sells: ¥128.00 of formula, in fen. */
const ORDER = { name: '婴儿配方奶粉 900g', quantity: 1, unitAmount: 12_800 };

/**
 * A platform's backend in one file: it creates a supplier and a shop (with money in its wallet
 * and a credit line) at the bank, then on each request a checkout session for the pay button or
 * a wallet session for the credit wallet, with the secret key, and hands the page only the
 * session's client secret.
 */
export async function createBackend(options: BackendOptions): Promise<Hono> {
  const xinghui = new Xinghui({ secretKey: options.secretKey, baseUrl: options.bankUrl });
  const supplier = await xinghui.suppliers.create({
    business_name: '安心母婴用品批发有限公司',
    credit_code: '914403001922038216',
    phone: '13900139000',
    industry: 'mother_baby',
  });
  const shop = await xinghui.buyers.create({
    business_name: '贝贝母婴生活馆',
    credit_code: '91440300708461136T',
    owner_name: '林晓梅',
    phone: '13800138000',
    industry: 'mother_baby',
  });
  await xinghui.wallets.topUp(shop.wallet, {
    amount: { amount: 200_000, currency: 'CNY' },
    description: 'opening balance',
  });
  for (const type of ['credit_query', 'data_sharing'] as const) {
    const { version } = await xinghui.consents.retrieveTemplate(type);
    await xinghui.consents.create({
      buyer: shop.id,
      type,
      template_version: version,
      locale: 'zh-CN',
    });
  }
  await xinghui.creditApplications.create({ buyer: shop.id, months_trading: 36 });

  const forPage = (session: { id: string; client_secret: string }): ComponentSession => ({
    sessionId: session.id,
    clientSecret: session.client_secret,
    publishableKey: options.publishableKey,
    apiBase: options.bankUrl,
  });

  return new Hono()
    .post('/api/checkout', async (c) => {
      const session = await xinghui.checkoutSessions.create({
        buyer: shop.id,
        supplier: supplier.id,
        amount: { amount: ORDER.quantity * ORDER.unitAmount, currency: 'CNY' },
        line_items: [
          {
            name: ORDER.name,
            quantity: ORDER.quantity,
            unit_amount: { amount: ORDER.unitAmount, currency: 'CNY' },
          },
        ],
        payment_methods: ['wallet', 'credit'],
      });
      return c.json(forPage(session), 201);
    })
    .post('/api/wallet-session', async (c) =>
      c.json(forPage(await xinghui.walletSessions.create({ buyer: shop.id })), 201),
    )
    .use('/*', serveStatic({ root: options.appDir }));
}
