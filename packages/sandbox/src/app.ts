import { API_VERSION, API_VERSION_HEADER, REQUEST_ID_HEADER, generateId } from '@xinghui/contract';
import { Hono } from 'hono';
import { ApiError } from './engine/core/api-error.js';
import type { Bank } from './engine/bank.js';
import { clientCors } from './http/cors.js';
import type { Env } from './http/env.js';
import { dashboardRoutes } from './dashboard/routes.js';
import type { DashboardAssets } from './dashboard/assets.js';
import { onError } from './http/error-response.js';
import { hostCheck } from './http/host.js';
import { releaseKeysOfDeadProcesses } from './http/idempotency.js';
import { rateLimits, type RateLimitOptions } from './http/rate-limit.js';
import { recordRequest } from './http/request-log.js';
import { requestLimits } from './http/request-limits.js';
import { decisionDelay } from './http/decision-delay.js';
import { buyerRoutes } from './routes/buyers.js';
import { checkoutSessionRoutes } from './routes/checkout-sessions.js';
import { clientCheckoutSessionRoutes } from './routes/client-checkout-session.js';
import { consentRoutes } from './routes/consents.js';
import { creditRoutes } from './routes/credit.js';
import { tradeRoutes } from './routes/trade.js';
import { clientWalletRoutes } from './routes/client-wallet.js';
import { loanAgreementRoutes } from './routes/loan-agreements.js';
import { eventRoutes } from './routes/events.js';
import { escrowRoutes } from './routes/escrow.js';
import { clientReceiptRoutes } from './routes/client-receipts.js';
import { balanceRoutes } from './routes/balance.js';
import { paymentRoutes } from './routes/payments.js';
import { sandboxRoutes } from './routes/sandbox.js';
import { sandboxApiKeyRoutes } from './routes/sandbox-api-keys.js';
import { sandboxInspectRoutes } from './routes/sandbox-inspect.js';
import { supplierRoutes } from './routes/suppliers.js';
import { walletRoutes } from './routes/wallets.js';
import { webhookEndpointRoutes } from './routes/webhook-endpoints.js';
import { preApprovalRoutes } from './routes/pre-approvals.js';
import { noticeRoutes } from './routes/notices.js';
import { creditDocumentRoutes } from './routes/credit-documents.js';
import { clientCreditDocumentRoutes } from './routes/client-credit-documents.js';

/** Puts `record` on `headers`, adding to a `Vary` the answer already has. */
function copyHeaders(record: Record<string, string>, headers: Headers): void {
  for (const [name, value] of Object.entries(record)) {
    if (name === 'Vary') headers.append(name, value);
    else headers.set(name, value);
  }
}

/** Options of the bank's HTTP layer ({@link createApp}, `createSandbox`). */
export interface AppOptions {
  /**
   * More host names the sandbox answers to, besides `localhost`, `127.0.0.1`, `[::1]` and the
   * address its server was started on. Any other `Host` is refused (`421 host_not_allowed`).
   * @default []
   * @example ['sandbox.internal']
   */
  hosts?: readonly string[];
  /**
   * Rate limits per API key, per client secret and per address; `false` turns them off.
   * @default DEFAULT_RATE_LIMITS
   */
  rateLimits?: RateLimitOptions | false;
  /**
   * The largest request body read, in bytes (`413 body_too_large` past it).
   * @default 65536
   */
  maxBodyBytes?: number;
  /**
   * The dashboard's pages, served at `/dashboard` (`dashboardFiles()` of
   * `@xinghui/sandbox/node`); without it there is no dashboard.
   * @default undefined
   */
  dashboard?: DashboardAssets;
}

/**
 * The bank's HTTP API as a Hono app: runs in Node (see server.ts), in tests through
 * `app.request()`, and in a page or a worker inside msw (see @xinghui/mock).
 *
 * @example
 * ```ts
 * const app = createApp(new Bank(new MemoryStore()), { rateLimits: false });
 * const reply = await app.request('/v1/sandbox/partners', {
 *   method: 'POST',
 *   headers: { 'Content-Type': 'application/json' },
 *   body: '{}',
 * });
 * ```
 */
export function createApp(bank: Bank, options: AppOptions = {}): Hono<Env> {
  const app = new Hono<Env>();
  // Keys taken by requests of a process that died are free at once, not after a timeout.
  const freed = releaseKeysOfDeadProcesses(bank.store);
  if (freed > 0) bank.log({ msg: 'idempotency keys released', count: freed });

  app.use(async (c, next) => {
    const started = performance.now();
    const requestId = generateId('req');
    c.set('bank', bank);
    c.set('requestId', requestId);
    // Answers carry keys, secrets and codes: no cache keeps them, no browser guesses a type.
    const headers: Record<string, string> = {
      [REQUEST_ID_HEADER]: requestId,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    };
    c.set('replyHeaders', headers);
    await next();
    // An answer `send` did not build (a dashboard page, a preflight) gets the record now.
    if (c.res !== c.get('reply')) copyHeaders(headers, c.res.headers);
    const query = new URL(c.req.url).search;
    bank.log({
      msg: c.get('clientDisconnected') ? 'client disconnected' : 'request',
      request_id: c.get('requestId'),
      method: c.req.method,
      path: c.req.path,
      ...(query ? { query } : {}),
      ...(c.get('clientDisconnected') ? {} : { status: c.res.status }),
      ms: Math.round((performance.now() - started) * 10) / 10,
      partner: c.get('partnerId'),
    });
    await recordRequest(c, started);
  });

  app.use(hostCheck(options.hosts));
  app.use('/v1/client/*', clientCors);
  if (options.rateLimits !== false) app.use('/v1/*', rateLimits(options.rateLimits));
  app.use('/v1/*', requestLimits(options.maxBodyBytes));

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

  // Test value `[delay:Ns]`: a credit decision that takes the time a test chose.
  app.use('/v1/credit_applications', decisionDelay);
  app.use('/v1/client/credit_applications', decisionDelay);

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
    loanAgreementRoutes,
    paymentRoutes,
    escrowRoutes,
    clientReceiptRoutes,
    balanceRoutes,
    eventRoutes,
    webhookEndpointRoutes,
    sandboxRoutes,
    sandboxApiKeyRoutes,
    sandboxInspectRoutes,
    preApprovalRoutes,
    noticeRoutes,
    creditDocumentRoutes,
    clientCreditDocumentRoutes,
  ]) {
    routes(app);
  }
  if (options.dashboard) dashboardRoutes(app, options.dashboard);

  app.notFound((c) =>
    onError(new ApiError('route_not_found', `No such endpoint: ${c.req.method} ${c.req.path}`), c),
  );
  app.onError(onError);
  return app;
}
