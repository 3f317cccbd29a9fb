/**
 * Wallet sessions: a page scoped to one shop's wallet, line and loans, exactly as DESIGN.md's
 * credential table says, tested both ways (what it may do, and what it may not).
 */
import {
  CLIENT_SECRET_HEADER,
  type Consent,
  type CreditLine,
  type LimitReview,
  type List,
  type Loan,
  type Repayment,
  type SandboxVerificationCode,
  type VerificationCode,
  type Wallet,
  type WalletSession,
  type WalletTransaction,
} from '@xinghui/contract';
import { describe, expect, it } from 'vitest';
import { createSandbox } from './sandbox.js';
import { approvedShop, caller, codeFor, expectError } from './testing/harness.js';

const { app } = createSandbox();
const TERM = { repayment_method: 'pay_anytime', length: 30 };

/** A shop that borrowed 10,000.00 on credit, and a wallet session's page for it. */
async function shopWithLoan() {
  const w = await approvedShop(app, { consents: ['credit_query', 'data_sharing'] });
  const { partner, server, shop, supplier } = w;
  const { session: checkout, page: checkoutPage } = await w.checkout(1_000_000, ['credit']);
  await checkoutPage.post('/v1/client/checkout_session/verification_codes');
  await checkoutPage.post('/v1/client/checkout_session/confirm', {
    payment_method: 'credit',
    term: TERM,
    verification_code: await codeFor(server, checkout.id),
  });
  const [loan] = (await server.get<List<Loan>>('/v1/loans')).body.data;
  /** A new wallet session for the shop (they last an hour) and its page. */
  const open = async () => {
    const session = (await server.post<WalletSession>('/v1/wallet_sessions', { buyer: shop.id }))
      .body;
    const page = caller(app, partner.publishable_key, {
      headers: { [CLIENT_SECRET_HEADER]: session.client_secret },
    });
    const codeOf = async () =>
      (
        await server.get<SandboxVerificationCode>(
          `/v1/sandbox/verification_codes?wallet_session=${session.id}`,
        )
      ).body.code;
    return { session, page, codeOf };
  };
  const line = w.line.id;
  return {
    partner,
    server,
    shop,
    supplier,
    line,
    loan: loan!,
    checkoutPage,
    open,
    ...(await open()),
  };
}

describe('a wallet session’s page may', () => {
  it('read the shop’s wallet, transactions, line and loans', async () => {
    const w = await shopWithLoan();
    expect(w.session.capabilities).toContain('repay');
    await w.server.post(`/v1/wallets/${w.shop.wallet}/top_ups`, {
      amount: { amount: 5_000, currency: 'CNY' },
    });
    expect((await w.page.get<Wallet>('/v1/client/wallet')).body).toMatchObject({
      id: w.shop.wallet,
      balance: { amount: 5_000 },
    });
    expect(
      (await w.page.get<List<WalletTransaction>>('/v1/client/wallet/transactions')).body.data,
    ).toHaveLength(1);
    expect((await w.page.get<CreditLine>('/v1/client/credit_line')).body).toMatchObject({
      id: w.line,
      used: { amount: 1_000_000 },
    });
    const loans = (await w.page.get<List<Loan>>('/v1/client/loans')).body.data;
    expect(loans.map((loan) => loan.id)).toEqual([w.loan.id]);
  });

  it('repay a loan with the code sent for that amount, and nothing else confirms it', async () => {
    const w = await shopWithLoan();
    await w.server.post('/v1/test_clocks/advance', { days: 17 });
    await w.server.post(`/v1/wallets/${w.shop.wallet}/top_ups`, {
      amount: { amount: 1_005_171, currency: 'CNY' },
    });
    const { page, codeOf } = await w.open(); // the first session has expired by now
    const sent = await page.post<VerificationCode>(
      `/v1/client/loans/${w.loan.id}/verification_codes`,
      {},
    );
    expect(sent.body.phone_masked, sent.text).toBe('138****8000');
    const code = await codeOf();
    // A code for the payoff does not confirm a partial amount.
    expectError(
      await page.post(`/v1/client/loans/${w.loan.id}/repayments`, {
        amount: { amount: 100, currency: 'CNY' },
        verification_code: code,
      }),
      'verification_code_invalid',
    );
    const receipt = await page.post<Repayment>(`/v1/client/loans/${w.loan.id}/repayments`, {
      verification_code: code,
    });
    expect(receipt.status, receipt.text).toBe(200);
    expect(receipt.body).toMatchObject({
      interest: { amount: 5_171 },
      principal: { amount: 1_000_000 },
    });
  });

  it('ask for a limit review, and revoke data sharing (the limit then holds)', async () => {
    const w = await shopWithLoan();
    const review = await w.page.post<LimitReview>('/v1/client/limit_reviews');
    expect(review.status, review.text).toBe(200);
    const revoked = await w.page.post<Consent>('/v1/client/consents/data_sharing/revoke');
    expect(revoked.body).toMatchObject({ type: 'data_sharing', status: 'revoked' });
    const held = (await w.page.post<LimitReview>('/v1/client/limit_reviews')).body;
    expect(held).toMatchObject({ outcome: 'hold' });
    expect(held.reasons[0]!.code).toBe('data_sharing_not_given');
    expectError(await w.page.post('/v1/client/consents/data_sharing/revoke'), 'resource_missing');
  });
});

describe('a wallet session’s page may not', () => {
  it('act as a checkout page, nor a checkout page as a wallet page', async () => {
    const w = await shopWithLoan();
    expectError(await w.page.get('/v1/client/checkout_session'), 'permission_denied');
    expectError(
      await w.page.post('/v1/client/checkout_session/confirm', {
        payment_method: 'wallet',
        verification_code: '123456',
      }),
      'permission_denied',
    );
    expectError(await w.page.get('/v1/client/checkout_session/loan_offers'), 'permission_denied');
    expectError(await w.checkoutPage.get('/v1/client/wallet'), 'permission_denied');
    expectError(await w.checkoutPage.get('/v1/client/loans'), 'permission_denied');
    expectError(
      await w.checkoutPage.post(`/v1/client/loans/${w.loan.id}/repayments`, {
        verification_code: '123456',
      }),
      'permission_denied',
    );
  });

  it('touch another shop’s loan, act once expired, or use another partner’s key', async () => {
    const w = await shopWithLoan();
    const other = await shopWithLoan();
    expectError(
      await w.page.post(`/v1/client/loans/${other.loan.id}/verification_codes`, {}),
      'resource_missing',
    );
    const outsider = caller(app, other.partner.publishable_key, {
      headers: { [CLIENT_SECRET_HEADER]: w.session.client_secret },
    });
    expectError(await outsider.get('/v1/client/wallet'), 'client_secret_invalid');
    expectError(
      await w.server.post('/v1/wallet_sessions', { buyer: 'buy_doesnotexist1234' }),
      'resource_missing',
      'buyer',
    );
    expectError(
      await w.server.post('/v1/wallet_sessions', { buyer: w.shop.id, expires_in: 10 }),
      'parameter_invalid',
      'expires_in',
    );
    await w.server.post('/v1/test_clocks/advance', { seconds: 3_601 });
    expectError(await w.page.get('/v1/client/wallet'), 'session_expired');
  });
});
