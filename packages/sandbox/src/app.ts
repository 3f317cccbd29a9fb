import { API_VERSION, API_VERSION_HEADER, REQUEST_ID_HEADER, generateId } from '@xinghui/contract';
import { Hono } from 'hono';
import { ApiError } from './engine/core/api-error.js';
import type { Bank } from './engine/bank.js';
import { clientCors } from './http/cors.js';
import type { Env } from './http/env.js';
import { onError } from './http/error-response.js';
import { buyerRoutes } from './routes/buyers.js';
import { checkoutSessionRoutes } from './routes/checkout-sessions.js';
import { clientCheckoutSessionRoutes } from './routes/client-checkout-session.js';
import { consentRoutes } from './routes/consents.js';
import { creditRoutes } from './routes/credit.js';
import { tradeRoutes } from './routes/trade.js';
import { clientWalletRoutes } from './routes/client-wallet.js';
import { eventRoutes } from './routes/events.js';
import { escrowRoutes } from './routes/escrow.js';
import { balanceRoutes } from './routes/balance.js';
import { paymentRoutes } from './routes/payments.js';
import { sandboxRoutes } from './routes/sandbox.js';
import { supplierRoutes } from './routes/suppliers.js';
import { walletRoutes } from './routes/wallets.js';
import { webhookEndpointRoutes } from './routes/webhook-endpoints.js';

/**
 * The bank's HTTP API as a Hono app: runs in Node (see server.ts), in tests through
 * `app.request()`, and in a page or a worker inside msw (see @xinghui/mock).
 */
export function createApp(bank: Bank): Hono<Env> {
  const app = new Hono<Env>();

  app.use(async (c, next) => {
    const started = performance.now();
    c.set('bank', bank);
    c.set('requestId', generateId('req'));
    c.header(REQUEST_ID_HEADER, c.get('requestId'));
    await next();
    bank.log({
      msg: 'request',
      request_id: c.get('requestId'),
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
      partner: c.get('partnerId'),
    });
  });

  app.use('/v1/client/*', clientCors);

  app.use('/v1/*', async (c, next) => {
    const version = c.req.header(API_VERSION_HEADER);
    if (version !== undefined && version !== API_VERSION) {
      throw new ApiError(
        'api_version_invalid',
        `Unknown API version ${version}; this bank speaks ${API_VERSION}`,
      );
    }
    await next();
  });

  for (const routes of [
    buyerRoutes,
    supplierRoutes,
    walletRoutes,
    checkoutSessionRoutes,
    clientCheckoutSessionRoutes,
    consentRoutes,
    creditRoutes,
    tradeRoutes,
    clientWalletRoutes,
    paymentRoutes,
    escrowRoutes,
    balanceRoutes,
    eventRoutes,
    webhookEndpointRoutes,
    sandboxRoutes,
  ]) {
    routes(app);
  }

  app.notFound((c) =>
    onError(new ApiError('route_not_found', `No such endpoint: ${c.req.method} ${c.req.path}`), c),
  );
  app.onError(onError);
  return app;
}
