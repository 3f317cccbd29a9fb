import { endpoints } from '@xinghui/contract';
import type { Hono } from 'hono';
import { listBalanceTransactions } from '../engine/ledger/balance-transactions.js';
import { retrieveBalance } from '../engine/ledger/partner-account.js';
import { retrieveStatement } from '../engine/ledger/statements.js';
import type { Env } from '../http/env.js';
import { mount } from '../http/mount.js';

export function balanceRoutes(app: Hono<Env>): void {
  mount(app, endpoints.retrieveBalance, (ctx) => retrieveBalance(ctx));
  mount(app, endpoints.listBalanceTransactions, (ctx, { query }) =>
    listBalanceTransactions(ctx, query),
  );
  mount(app, endpoints.retrieveStatement, (ctx, { id, query }) =>
    retrieveStatement(ctx, id, query),
  );
}
