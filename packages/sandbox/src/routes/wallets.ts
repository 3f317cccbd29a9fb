import { endpoints } from '@xinghui/contract';
import type { Hono } from 'hono';
import { listWalletTransactions, retrieveWallet, topUpWallet } from '../engine/payments/wallets.js';
import type { Env } from '../http/env.js';
import { mount } from '../http/mount.js';

export function walletRoutes(app: Hono<Env>): void {
  mount(app, endpoints.retrieveWallet, (ctx, { id }) => retrieveWallet(ctx, id));
  mount(app, endpoints.listWalletTransactions, (ctx, { id, query }) =>
    listWalletTransactions(ctx, id, query),
  );
  mount(app, endpoints.topUpWallet, (ctx, { id, body }) => topUpWallet(ctx, id, body));
}
