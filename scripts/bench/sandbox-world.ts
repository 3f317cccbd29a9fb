// What the wallet, credit-rate and growth sections share: a sandbox on a fresh SQLite file over
// loopback HTTP (what `npm start` runs, rate limits off so the bench measures the bank), seeded
// through the engine in one transaction (fast: no HTTP call per row), measured over raw HTTP.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newIdempotencyKey, CLIENT_SECRET_HEADER, IDEMPOTENCY_KEY_HEADER } from '@xinghui/contract';
import { createSandbox, SEED, type Context, type Sandbox } from '@xinghui/sandbox';
import { SqliteStore, startServer, type RunningServer } from '@xinghui/sandbox/node';
import { CONSENT_TEMPLATE_VERSION } from '../../packages/sandbox/src/engine/credit/consent-templates.js';
import { giveConsent } from '../../packages/sandbox/src/engine/credit/consents.js';
import { createCheckoutSession } from '../../packages/sandbox/src/engine/payments/checkout-sessions.js';
import { requestCheckoutCode } from '../../packages/sandbox/src/engine/payments/payments.js';
import { latestCodeFor } from '../../packages/sandbox/src/engine/payments/verification-codes.js';
import { topUpWallet } from '../../packages/sandbox/src/engine/payments/wallets.js';
import { createBuyer } from '../../packages/sandbox/src/engine/trade/buyers.js';
import { createSupplier } from '../../packages/sandbox/src/engine/trade/suppliers.js';
import type { CheckoutSessionRecord } from '../../packages/sandbox/src/engine/core/records.js';

const cny = (amount: number) => ({ amount, currency: 'CNY' as const });

/** A running sandbox with one partner, and how to reach it. */
export interface World {
  sandbox: Sandbox;
  server: RunningServer;
  partner: { id: string; secret_key: string; publishable_key: string };
  /** The SQLite file the sandbox runs on. */
  file: string;
  /** Runs `work` in one engine transaction of the partner (seeding, not measured). */
  seed<T>(work: (ctx: Context) => T): T;
  close(): Promise<void>;
}

export async function startWorld(): Promise<World> {
  const dir = mkdtempSync(join(tmpdir(), 'xinghui-bench-'));
  const file = join(dir, 'bench.db');
  const sandbox = createSandbox({
    store: new SqliteStore(file),
    rateLimits: false,
  });
  const server = await startServer(sandbox.app, { port: 0, hostname: '127.0.0.1' });
  const reply = await fetch(`${server.url}/v1/sandbox/partners`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [IDEMPOTENCY_KEY_HEADER]: newIdempotencyKey() },
    body: '{}',
  });
  const partner = (await reply.json()) as World['partner'];
  return {
    sandbox,
    server,
    partner,
    file,
    seed: (work) => sandbox.bank.run(partner.id, null, work),
    async close() {
      await server.close();
      sandbox.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Shop number `i`: the seed's shop with a phone (each phone has its code budget) and a credit
 * code of its own (one shop per code).
 */
export function shopParams(i: number) {
  return {
    ...SEED.shop,
    phone: `139${String(i).padStart(8, '0')}`,
    credit_code: SEED.creditCode(i),
  };
}

/** Creates `count` shops, each with the consents a shop gives before applying for credit. */
export function seedShops(ctx: Context, count: number, withConsents: boolean): string[] {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const shop = createBuyer(ctx, shopParams(i));
    if (withConsents) {
      for (const type of SEED.consentTypes) {
        giveConsent(
          ctx,
          shop.id,
          { type, template_version: CONSENT_TEMPLATE_VERSION, locale: 'zh-CN' },
          null,
        );
      }
    }
    ids.push(shop.id);
  }
  return ids;
}

/** A supplier to pay, and a shop with `balance` fen in its wallet. */
export function seedTrade(ctx: Context, balance: number) {
  const supplier = createSupplier(ctx, SEED.supplier);
  const shop = createBuyer(ctx, SEED.shop);
  topUpWallet(ctx, shop.wallet, { amount: cny(balance) });
  return { supplier, shop };
}

/** A checkout session ready to confirm: its client secret and the code the shop was sent. */
export interface ReadyCheckout {
  clientSecret: string;
  code: string;
}

/**
 * Opens a checkout session and sends its code, as the page would before confirming. The
 * phone's daily code budget is reset after each, since one shop here pays thousands of times.
 */
export function readyCheckout(
  ctx: Context,
  shop: string,
  supplier: string,
  amount: number,
): ReadyCheckout {
  const session = createCheckoutSession(ctx, {
    buyer: shop,
    supplier,
    amount: cny(amount),
    line_items: [SEED.item(amount)],
  });
  const record = ctx.store.get<CheckoutSessionRecord>('checkout_sessions', session.id)!;
  requestCheckoutCode(ctx, record);
  const code = latestCodeFor(ctx, session.id)!;
  ctx.store.delete('code_budgets', `cb_${ctx.partner.id}_${code.phone}`);
  return { clientSecret: session.client_secret, code: code.code };
}

/** The headers and body of a wallet confirmation of `ready`, as a page sends it. */
export function confirmation(world: World, ready: ReadyCheckout) {
  return {
    method: 'POST' as const,
    path: '/v1/client/checkout_session/confirm',
    headers: {
      Authorization: `Bearer ${world.partner.publishable_key}`,
      [CLIENT_SECRET_HEADER]: ready.clientSecret,
      [IDEMPOTENCY_KEY_HEADER]: newIdempotencyKey(),
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({ payment_method: 'wallet', verification_code: ready.code }),
  };
}

/** The headers of a call from the partner's server. */
export function serverHeaders(world: World, post: boolean): Record<string, string> {
  return {
    Authorization: `Bearer ${world.partner.secret_key}`,
    ...(post
      ? { [IDEMPOTENCY_KEY_HEADER]: newIdempotencyKey(), 'Content-Type': 'application/json' }
      : {}),
  };
}

/** Formats a figure the way the table prints them. */
export const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;
export const perSecond = (value: number) => `${Math.round(value).toLocaleString('en-US')}/s`;
