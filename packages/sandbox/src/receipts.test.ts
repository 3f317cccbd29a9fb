/**
 * 确认收货 as the shop's act: a wallet session and a one-time code bound
 * to the amount held and the supplier release the escrow, recorded as `released_by: 'shop'`; the
 * partner's secret key may release only where its contract allows it, with a reason.
 */
import {
  CLIENT_SECRET_HEADER,
  type CheckoutSession,
  type ClientCheckoutSession,
  type Event,
  type Payment,
  type ReceiptConfirmation,
  type WalletSession,
} from '@xinghui/contract';
import { describe, expect, it } from 'vitest';
import { createSandbox } from './sandbox.js';
import { MemoryStore } from './store/memory-store.js';
import { caller, codeFor, expectError, sessionParams, world } from './testing/harness.js';

const { app } = createSandbox({ store: new MemoryStore() });

/** A shop that paid 25,800 fen in escrow, its wallet session's page and the payment. */
async function paidInEscrow(secretKeyRelease = false) {
  const w = await world(app, { secretKeyRelease });
  const created = await w.server.post<CheckoutSession>(
    '/v1/checkout_sessions',
    sessionParams(w.shop.id, w.supplier.id, 25_800, { escrow: {} }),
  );
  const checkoutPage = caller(app, w.partner.publishable_key, {
    headers: { [CLIENT_SECRET_HEADER]: created.body.client_secret },
  });
  await checkoutPage.post('/v1/client/checkout_session/verification_codes');
  const paid = await checkoutPage.post<ClientCheckoutSession>(
    '/v1/client/checkout_session/confirm',
    { payment_method: 'wallet', verification_code: await codeFor(w.server, created.body.id) },
  );
  expect(paid.status, paid.text).toBe(200);
  const ws = await w.server.post<WalletSession>('/v1/wallet_sessions', { buyer: w.shop.id });
  const page = caller(app, w.partner.publishable_key, {
    headers: { [CLIENT_SECRET_HEADER]: ws.body.client_secret },
  });
  const walletCode = async () =>
    (
      await w.server.get<{ code: string }>(
        `/v1/sandbox/verification_codes?wallet_session=${ws.body.id}`,
      )
    ).body.code;
  return { ...w, page, checkoutPage, walletCode, paymentId: paid.body.payment! };
}

describe('releasing escrow', () => {
  it('states the amount and supplier, then releases with the shop’s code, recording the shop', async () => {
    const w = await paidInEscrow();
    const base = `/v1/client/payments/${w.paymentId}/receipt_confirmation`;
    const read = await w.page.get<ReceiptConfirmation>(base);
    expect(read.body).toMatchObject({
      object: 'receipt_confirmation',
      amount: { amount: 25_800, currency: 'CNY' },
      supplier_name: expect.any(String),
      status: 'held',
    });
    expectError(
      await w.page.post(`${base}/confirm`, { verification_code: '123456' }),
      'verification_code_required',
    );
    expect((await w.page.post(`${base}/verification_codes`)).status).toBe(200);
    const code = await w.walletCode();
    const wrong = code === '000000' ? '111111' : '000000';
    expectError(
      await w.page.post(`${base}/confirm`, { verification_code: wrong }),
      'verification_code_invalid',
    );
    const released = await w.page.post<Payment>(`${base}/confirm`, { verification_code: code });
    expect(released.status, released.text).toBe(200);
    expect(released.body.escrow).toMatchObject({
      status: 'released',
      released_by: 'shop',
      release_reason: null,
    });
    const events = await w.server.get<{ data: Event[] }>('/v1/events?type=escrow.released');
    expect(JSON.stringify(events.body.data[0])).toContain('"released_by":"shop"');
    expectError(await w.page.post(`${base}/verification_codes`), 'escrow_settled');
  });

  it('refuses the paid checkout session’s secret and any other shop’s page', async () => {
    const w = await paidInEscrow();
    const base = `/v1/client/payments/${w.paymentId}/receipt_confirmation`;
    expectError(await w.checkoutPage.post(`${base}/verification_codes`), 'permission_denied');
    const other = await paidInEscrow();
    expectError(await other.page.get(base), 'resource_missing');
  });

  it('refuses the secret key unless the contract allows it, and then asks for a reason', async () => {
    const w = await paidInEscrow();
    const url = `/v1/payments/${w.paymentId}/release`;
    expectError(
      await w.server.post(url, { reason: 'Shop said so' }),
      'partner_release_not_allowed',
    );
    const allowed = await paidInEscrow(true);
    const allowedUrl = `/v1/payments/${allowed.paymentId}/release`;
    expectError(await allowed.server.post(allowedUrl, {}), 'parameter_missing');
    const released = await allowed.server.post<Payment>(allowedUrl, { reason: 'Shop said so' });
    expect(released.body.escrow).toMatchObject({
      released_by: 'partner',
      release_reason: 'Shop said so',
    });
  });
});
