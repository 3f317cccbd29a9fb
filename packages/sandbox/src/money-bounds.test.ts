/** Issue 16: money beyond the contract's bounds is refused at the ledger, through the API. */
import { MAX_AMOUNT, Wallet, type LedgerReport } from '@xinghui/contract';
import { describe, expect, it } from 'vitest';
import { createSandbox } from './sandbox.js';
import { cny, expectError, world } from './testing/harness.js';

const { app } = createSandbox();

describe('money bounds through the API', () => {
  it('refuses a second top-up of 10^13 fen; the wallet stays readable by the contract', async () => {
    const w = await world(app, { topUp: 0 });
    const topUp = () =>
      w.server.post(`/v1/wallets/${w.shop.wallet}/top_ups`, { amount: cny(MAX_AMOUNT) });
    expect((await topUp()).status).toBe(200);
    expectError(await topUp(), 'balance_limit_exceeded');
    const wallet = await w.server.get<Wallet>(`/v1/wallets/${w.shop.wallet}`);
    expect(Wallet.safeParse(wallet.body).success).toBe(true);
    expect(wallet.body.balance.amount).toBe(MAX_AMOUNT);
    const report = await w.server.get<LedgerReport>('/v1/sandbox/ledger/verify');
    expect(report.body).toMatchObject({ ok: true, inexact_figures: [] });
  });
});
