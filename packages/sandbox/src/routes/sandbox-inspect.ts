import { endpoints } from '@xinghui/contract';
import type { Hono } from 'hono';
import { listLedgerAccounts } from '../engine/ledger/ledger-accounts.js';
import { listSentMessages } from '../engine/payments/sent-messages.js';
import type { Env } from '../http/env.js';
import { mount } from '../http/mount.js';
import { flushRequestLog, listRequests, retrieveRequest } from '../http/request-log.js';

/** What a partner may see into in the sandbox: its request log, the SMS sent, its accounts. */
export function sandboxInspectRoutes(app: Hono<Env>): void {
  // The calls waiting to be logged are written before the read's own transaction: written
  // inside it, a refused read (an unknown id) would roll them back with it.
  app.use('/v1/sandbox/requests/*', async (c, next) => {
    flushRequestLog(c.get('bank').store);
    await next();
  });
  mount(app, endpoints.listSandboxRequests, (ctx, { query }) => listRequests(ctx, query));
  mount(app, endpoints.retrieveSandboxRequest, (ctx, { id }) => retrieveRequest(ctx, id));
  mount(app, endpoints.listSandboxMessages, (ctx, { query }) => listSentMessages(ctx, query));
  mount(app, endpoints.listLedgerAccounts, (ctx, { query }) => listLedgerAccounts(ctx, query));
}
