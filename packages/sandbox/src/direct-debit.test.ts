/**
 * Issue 16: the bank debits a shop's wallet on a due date only under the direct-debit
 * authorisation (代扣授权, consent `direct_debit`) the shop gave, from its checkout or wallet page
 * or through the partner; without it nothing is taken, the reminder has gone out and
 * `repayment.failed` says why (`debit_failure_code`). The shop revokes it from its wallet page
 * (`POST /v1/client/consents/direct_debit/revoke`) or the partner through its consents API.
 */
import {
  CLIENT_SECRET_HEADER,
  sha256Hex,
  type Consent,
  type ConsentTemplate,
  type Event,
  type List,
  type Loan,
  type Notice,
  type Repayment,
  type Wallet,
  type WalletSession,
} from '@xinghui/contract';
import { describe, expect, it } from 'vitest';
import { createSandbox } from './sandbox.js';
import { approvedShop, caller, expectError, type App } from './testing/harness.js';

const { app } = createSandbox();
const CONSENT = { template_version: '2026-11-01', locale: 'zh-CN' } as const;

/** A shop that borrowed 10,000.00 for 30 days at 10.95% (due on day 30), with `consents`. */
async function borrowed(consents: ('credit_query' | 'direct_debit')[], topUp = 2_000_000) {
  const w = await approvedShop(app, { consents });
  if (topUp > 0) await w.topUp(topUp);
  const loan = await w.borrow(1_000_000);
  const events = async (type: string) =>
    (await w.server.get<List<Event>>(`/v1/events?type=${type}&limit=100`)).body.data;
  const balance = async () =>
    (await w.server.get<Wallet>(`/v1/wallets/${w.shop.wallet}`)).body.balance.amount;
  const getLoan = async () => (await w.server.get<Loan>(`/v1/loans/${loan.id}`)).body;
  return { ...w, loan, events, balance, getLoan };
}

/** The shop's wallet page: a wallet session's client secret with the publishable key. */
async function walletPage(app_: App, w: Awaited<ReturnType<typeof borrowed>>) {
  const session = (await w.server.post<WalletSession>('/v1/wallet_sessions', { buyer: w.shop.id }))
    .body;
  return caller(app_, w.partner.publishable_key, {
    headers: { [CLIENT_SECRET_HEADER]: session.client_secret },
  });
}

describe('the due-date debit', () => {
  it('takes nothing without a direct-debit authorisation: reminder, repayment.failed, overdue', async () => {
    const b = await borrowed(['credit_query']);
    await b.advanceDays(28); // the reminders went out three days before the due date
    expect(await b.events('loan.payment_due')).toHaveLength(1);
    const notices = (await b.server.get<List<Notice>>(`/v1/sandbox/notices?loan=${b.loan.id}`)).body
      .data;
    expect(notices.map((n) => n.kind)).toEqual(['payment_reminder']);

    await b.advanceDays(2); // day 30, the due date: the wallet holds 20,000.00, nothing is taken
    expect(await b.balance()).toBe(2_000_000);
    expect(
      (await b.server.get<List<Repayment>>(`/v1/loans/${b.loan.id}/repayments`)).body.data,
    ).toEqual([]);
    const [failed] = await b.events('repayment.failed');
    expect(failed!.data.object).toMatchObject({
      id: b.loan.id,
      debit_failure_code: 'no_direct_debit_authorisation',
      status: 'active',
    });
    expect((await b.getLoan()).debit_failure_code).toBe('no_direct_debit_authorisation');

    await b.advanceDays(1); // the day after: overdue, as when the wallet holds too little
    expect((await b.getLoan()).status).toBe('overdue');
    expect(await b.events('loan.overdue')).toHaveLength(1);
    // The shop can still repay by itself, from its wallet.
    const repaid = await b.server.post<Repayment>(`/v1/loans/${b.loan.id}/repayments`, {});
    expect(repaid.status, repaid.text).toBe(200);
    expect((await b.getLoan()).status).toBe('repaid');
  });

  it('debits everything due under the authorisation, or fails with insufficient_balance', async () => {
    const paid = await borrowed(['credit_query', 'direct_debit']);
    await paid.advanceDays(30);
    const [receipt] = (
      await paid.server.get<List<Repayment>>(`/v1/loans/${paid.loan.id}/repayments`)
    ).body.data;
    expect(receipt).toMatchObject({
      amount: { amount: 1_009_125 },
      interest: { amount: 9_125 },
      initiated_by: 'direct_debit',
    });
    expect(await paid.getLoan()).toMatchObject({ status: 'repaid', debit_failure_code: null });
    expect(await paid.events('repayment.failed')).toEqual([]);

    const short = await borrowed(['credit_query', 'direct_debit'], 1_009_124); // 1 fen short
    await short.advanceDays(30);
    expect(await short.balance()).toBe(1_009_124); // all or nothing
    const [failed] = await short.events('repayment.failed');
    expect(failed!.data.object).toMatchObject({ debit_failure_code: 'insufficient_balance' });
  });
});

describe('the direct-debit consent', () => {
  it('is a published text, hashed, that a checkout page shows and records', async () => {
    const w = await approvedShop(app);
    const { page } = await w.checkout(10_000);
    for (const locale of ['zh-CN', 'en']) {
      const reply = await page.get<ConsentTemplate>(
        `/v1/client/consent_templates/direct_debit?locale=${locale}`,
      );
      expect(reply.status, reply.text).toBe(200);
      expect(reply.body).toMatchObject({ type: 'direct_debit', version: '2026-11-01', locale });
      expect(reply.body.text_sha256).toBe(sha256Hex(reply.body.text));
    }
    const zh = (await w.server.get<ConsentTemplate>('/v1/consent_templates/direct_debit')).body;
    expect(zh.title).toBe('自动还款（代扣）授权书');
    const given = await page.post<Consent>('/v1/client/consents', {
      type: 'direct_debit',
      ...CONSENT,
    });
    expect(given.status, given.text).toBe(200);
    expect(given.body).toMatchObject({
      type: 'direct_debit',
      status: 'active',
      text_sha256: zh.text_sha256,
      expires_at: null,
    });
  });

  it('is given and revoked from the wallet page; revoked, the next due date debits nothing', async () => {
    const b = await borrowed(['credit_query']);
    const page = await walletPage(app, b);
    const template = await page.get<ConsentTemplate>('/v1/client/consent_templates/direct_debit');
    expect(template.status, template.text).toBe(200);
    const given = await page.post<Consent>('/v1/client/consents', {
      type: 'direct_debit',
      ...CONSENT,
    });
    expect(given.status, given.text).toBe(200);
    await b.advanceDays(30);
    expect(await b.getLoan()).toMatchObject({ status: 'repaid', debit_failure_code: null });

    const later = await walletPage(app, b); // the first session has expired
    const revoked = await later.post<Consent>('/v1/client/consents/direct_debit/revoke');
    expect(revoked.status, revoked.text).toBe(200);
    expect(revoked.body).toMatchObject({ id: given.body.id, status: 'revoked' });
    expect((await b.events('consent.revoked')).map((e) => (e.data.object as Consent).id)).toEqual([
      given.body.id,
    ]);
    // A second revoke finds nothing active; nothing changes.
    expectError(
      await later.post('/v1/client/consents/direct_debit/revoke'),
      'resource_missing',
      'id',
    );

    const next = await b.borrow(500_000);
    const before = await b.balance();
    await b.advanceDays(30);
    expect(await b.balance()).toBe(before);
    expect((await b.server.get<Loan>(`/v1/loans/${next.id}`)).body.debit_failure_code).toBe(
      'no_direct_debit_authorisation',
    );
  });

  it('refuses, typed and changing nothing, what the wallet page may not revoke', async () => {
    const b = await borrowed(['credit_query']);
    const page = await walletPage(app, b);
    const list = async () =>
      (await b.server.get<List<Consent>>('/v1/consents?limit=100')).body.data;
    const before = await list();
    expectError(
      await page.post('/v1/client/consents/credit_query/revoke'),
      'consent_not_revocable',
      'id',
    );
    expectError(
      await page.post('/v1/client/consents/loan_agreement/revoke'),
      'consent_not_revocable',
      'id',
    );
    expectError(await page.post('/v1/client/consents/nonsense/revoke'), 'resource_missing', 'id');
    expectError(
      await page.post('/v1/client/consents/direct_debit/revoke'),
      'resource_missing',
      'id',
    );
    expect(await list()).toEqual(before);
    // A checkout page may give the consent, but revoking is the wallet page's.
    const { page: checkoutPage } = await b.checkout(10_000);
    const refused = await checkoutPage.post('/v1/client/consents/direct_debit/revoke');
    expect(refused.status).toBe(403);
  });

  it('keeps the data-sharing path as it was', async () => {
    const w = await approvedShop(app, { consents: ['credit_query', 'data_sharing'] });
    const session = (
      await w.server.post<WalletSession>('/v1/wallet_sessions', { buyer: w.shop.id })
    ).body;
    const page = caller(app, w.partner.publishable_key, {
      headers: { [CLIENT_SECRET_HEADER]: session.client_secret },
    });
    const old = await page.post<Consent>('/v1/client/consents/data_sharing/revoke');
    expect(old.status, old.text).toBe(200);
    expect(old.body).toMatchObject({ type: 'data_sharing', status: 'revoked' });
    expectError(await page.post('/v1/client/consents/data_sharing/revoke'), 'resource_missing');
  });

  it('revoked by the partner, stops the debit too', async () => {
    const b = await borrowed(['credit_query', 'direct_debit']);
    const [consent] = (
      await b.server.get<List<Consent>>(`/v1/consents?buyer=${b.shop.id}&type=direct_debit`)
    ).body.data;
    const revoked = await b.server.post<Consent>(`/v1/consents/${consent!.id}/revoke`);
    expect(revoked.body.status).toBe('revoked');
    await b.advanceDays(30);
    expect(await b.balance()).toBe(2_000_000);
    expect((await b.getLoan()).debit_failure_code).toBe('no_direct_debit_authorisation');
  });
});
