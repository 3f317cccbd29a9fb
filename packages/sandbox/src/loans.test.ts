/**
 * Paying on credit through the bank's HTTP API: loan offers computed by the billing code, the
 * drawdown paid straight to the supplier, the line reserved atomically, the loan note and the
 * agreement it records; every refusal typed and changing nothing. The harness verifies the
 * ledger after every call.
 */
import {
  CLIENT_SECRET_HEADER,
  interestForDays,
  sha256Hex,
  type Buyer,
  type CheckoutSession,
  type ClientCheckoutSession,
  type Consent,
  type ConsentTemplate,
  type ConsentType,
  type CreditApplication,
  type CreditLine,
  type Event,
  type List,
  type Loan,
  type LoanOffers,
  type LoanTerm,
  type Payment,
  type Repayment,
  type Supplier,
  type Wallet,
} from '@xinghui/contract';
import { describe, expect, it } from 'vitest';
import { createSandbox } from './sandbox.js';
import {
  SHOP,
  SUPPLIER,
  approvedShop,
  caller,
  codeFor,
  newPartner,
  sessionParams,
  type Caller,
  expectError,
} from './testing/harness.js';

const { app } = createSandbox();
const ONE_MONTH = { repayment_method: 'pay_anytime', length: 30 } as const;

/**
 * A partner with a supplier and a shop whose line a scenario trigger sets: a limit in yuan
 * (`[limit:N]`), `'approve'` (`[approve]`: 20,000 at APR 10.95%), or `null` for no line.
 */
async function creditWorld(line_: number | 'approve' | null) {
  const { partner, server } = await newPartner(app);
  const trigger = line_ === null ? '' : line_ === 'approve' ? ' [approve]' : ` [limit:${line_}]`;
  const shop = (
    await server.post<Buyer>('/v1/buyers', { ...SHOP, business_name: `贝贝母婴生活馆${trigger}` })
  ).body;
  const supplier = (await server.post<Supplier>('/v1/suppliers', SUPPLIER)).body;
  let line: CreditLine | undefined;
  if (line_ !== null) {
    await server.post('/v1/consents', {
      buyer: shop.id,
      type: 'credit_query',
      template_version: '2026-11-01',
      locale: 'zh-CN',
    });
    const applied = (
      await server.post<CreditApplication>('/v1/credit_applications', {
        buyer: shop.id,
        months_trading: 24,
      })
    ).body;
    line = (await server.get<CreditLine>(`/v1/credit_lines/${applied.credit_line}`)).body;
  }
  const checkout = async (amount: number, methods = ['wallet', 'credit']) => {
    const session = (
      await server.post<CheckoutSession>(
        '/v1/checkout_sessions',
        sessionParams(shop.id, supplier.id, amount, { payment_methods: methods }),
      )
    ).body;
    const page = caller(app, partner.publishable_key, {
      headers: { [CLIENT_SECRET_HEADER]: session.client_secret },
    });
    return { session, page };
  };
  return { partner, server, shop, supplier, line, checkout };
}

async function codeSent(server: Caller, page: Caller, session: CheckoutSession) {
  expect((await page.post('/v1/client/checkout_session/verification_codes')).status).toBe(200);
  return codeFor(server, session.id);
}

const books = async (
  server: Caller,
  w: { shop: Buyer; supplier: Supplier; line?: CreditLine },
) => ({
  supplier: (await server.get<Supplier>(`/v1/suppliers/${w.supplier.id}`)).body.settlement_account
    .balance.amount,
  wallet: (await server.get<Wallet>(`/v1/wallets/${w.shop.wallet}`)).body.balance.amount,
  used: w.line
    ? (await server.get<CreditLine>(`/v1/credit_lines/${w.line.id}`)).body.used.amount
    : 0,
  loans: (await server.get<List<Loan>>('/v1/loans')).body.data.length,
});

describe('loan offers', () => {
  it('list every term of the line with its schedule, APR and daily rate, by the billing code', async () => {
    const w = await creditWorld(30_000);
    const { page, server, session } = { ...(await w.checkout(25_800)), server: w.server };
    const offers = await page.get<LoanOffers>('/v1/client/checkout_session/loan_offers');
    expect(offers.status, offers.text).toBe(200);
    expect(offers.body.available).toEqual({ amount: 3_000_000, currency: 'CNY' });
    expect(offers.body.data.map((o) => [o.repayment_method, o.length])).toEqual(
      w.line!.term_options.map((t) => [t.repayment_method, t.length]),
    );
    for (const offer of offers.body.data) {
      expect(offer.apr).toBe(w.line!.apr);
      expect(offer.daily_rate).toBe(w.line!.daily_rate);
      expect(offer.schedule.total_amount.amount).toBe(
        25_800 + offer.schedule.total_interest.amount,
      );
    }
    const monthly = offers.body.data.find(
      (o) => o.repayment_method === 'pay_anytime' && o.length === 30,
    )!;
    expect(monthly.schedule.total_interest.amount).toBe(interestForDays(25_800, w.line!.apr, 30));
    expect(
      (await server.get<LoanOffers>(`/v1/checkout_sessions/${session.id}/loan_offers`)).body,
    ).toEqual(offers.body);
  });

  it('are refused, typed, to a shop without a line', async () => {
    const w = await creditWorld(null);
    const { page } = await w.checkout(25_800);
    expectError(await page.get('/v1/client/checkout_session/loan_offers'), 'credit_line_missing');
  });
});

describe('confirming with credit', () => {
  it('pays the supplier straight from the loan, never through the wallet, with the agreement recorded', async () => {
    const w = await creditWorld(30_000);
    const { session, page } = await w.checkout(25_800);
    // The loan's own agreement, as the page shows it for the term the shop chose.
    const template = (
      await page.get<ConsentTemplate>(
        '/v1/client/consent_templates/loan_agreement?repayment_method=pay_anytime&length=30',
      )
    ).body;
    const before = await books(w.server, w);
    const code = await codeSent(w.server, page, session);
    const paid = await page.post<ClientCheckoutSession>('/v1/client/checkout_session/confirm', {
      payment_method: 'credit',
      term: ONE_MONTH,
      verification_code: code,
    });
    expect(paid.status, paid.text).toBe(200);
    expect(paid.body.status).toBe('complete');
    expect(await books(w.server, w)).toEqual({
      supplier: before.supplier + 25_800,
      wallet: before.wallet,
      used: 25_800,
      loans: 1,
    });
    const payment = (await w.server.get<Payment>(`/v1/payments/${paid.body.payment}`)).body;
    expect(payment.method).toBe('credit');
    const [loan] = (await w.server.get<List<Loan>>(`/v1/loans?buyer=${w.shop.id}`)).body.data;
    expect(loan).toMatchObject({
      supplier: w.supplier.id,
      credit_line: w.line!.id,
      payment: payment.id,
      status: 'active',
      principal: { amount: 25_800 },
      principal_outstanding: { amount: 25_800 },
      apr: w.line!.apr,
    });
    expect(loan!.schedule.installments).toHaveLength(1);
    const agreement = (await w.server.get<Consent>(`/v1/consents/${loan!.agreement.consent}`)).body;
    expect(agreement).toMatchObject({
      type: 'loan_agreement',
      session: session.id,
      text_sha256: sha256Hex(template.text),
    });
    expectError(
      await w.server.post(`/v1/consents/${agreement.id}/revoke`),
      'consent_not_revocable',
    );
    const types = (await w.server.get<List<Event>>('/v1/events')).body.data.map((e) => e.type);
    expect(types).toEqual(
      expect.arrayContaining(['loan.disbursed', 'payment.succeeded', 'checkout_session.completed']),
    );
    const line = (await w.server.get<CreditLine>(`/v1/credit_lines/${w.line!.id}`)).body;
    expect(line.available.amount).toBe(3_000_000 - 25_800);
  });

  it('names the loan in the confirm response, and records the agreement in the language the page showed', async () => {
    const w = await creditWorld(30_000);
    const { session, page } = await w.checkout(25_800);
    const code = await codeSent(w.server, page, session);
    const outdated = await page.post('/v1/client/checkout_session/confirm', {
      payment_method: 'credit',
      term: ONE_MONTH,
      verification_code: code,
      loan_agreement: { template_version: '2020-01-01', locale: 'en' },
    });
    expectError(outdated, 'consent_template_outdated');
    const template = (
      await page.get<ConsentTemplate>('/v1/client/consent_templates/loan_agreement?locale=en')
    ).body;
    const paid = await page.post<ClientCheckoutSession>('/v1/client/checkout_session/confirm', {
      payment_method: 'credit',
      term: ONE_MONTH,
      verification_code: code,
      loan_agreement: { template_version: template.version, locale: 'en' },
    });
    expect(paid.status, paid.text).toBe(200);
    const [loan] = (await w.server.get<List<Loan>>(`/v1/loans?buyer=${w.shop.id}`)).body.data;
    expect(paid.body.loan).toBe(loan!.id);
    expect((await page.get<ClientCheckoutSession>('/v1/client/checkout_session')).body.loan).toBe(
      loan!.id,
    );
    const agreement = (await w.server.get<Consent>(`/v1/consents/${loan!.agreement.consent}`)).body;
    expect(agreement).toMatchObject({ locale: 'en', text_sha256: sha256Hex(template.text) });
  });

  it('leaves loan null for a session paid from the wallet', async () => {
    const w = await creditWorld(null);
    const { session, page } = await w.checkout(25_800, ['wallet']);
    await w.server.post(`/v1/wallets/${w.shop.wallet}/top_ups`, {
      amount: { amount: 25_800, currency: 'CNY' },
    });
    const paid = await page.post<ClientCheckoutSession>('/v1/client/checkout_session/confirm', {
      payment_method: 'wallet',
      verification_code: await codeSent(w.server, page, session),
    });
    expect(paid.status, paid.text).toBe(200);
    expect(paid.body.loan).toBeNull();
  });

  it('never lets 10 confirmations at once together exceed the line: exactly 4 of 10 fit', async () => {
    const w = await creditWorld(5_000); // 500,000 fen: room for four orders of 120,000
    // Ten codes: one phone's budget for a bank day (CODE_BUDGETS.codesPerPhonePerDay).
    const orders = [];
    for (let i = 0; i < 10; i++) {
      const { session, page } = await w.checkout(120_000);
      orders.push({ page, code: await codeSent(w.server, page, session) });
    }
    const replies = await Promise.all(
      orders.map(({ page, code }) =>
        page.post('/v1/client/checkout_session/confirm', {
          payment_method: 'credit',
          term: ONE_MONTH,
          verification_code: code,
        }),
      ),
    );
    const succeeded = replies.filter((reply) => reply.status === 200);
    expect(succeeded).toHaveLength(4);
    for (const reply of replies.filter((r) => r.status !== 200))
      expectError(reply, 'insufficient_credit');
    const after = await books(w.server, w);
    expect(after).toMatchObject({ used: 480_000, loans: 4, supplier: 480_000 });
  });

  it('refuses every bad confirmation with a typed error and changes nothing', async () => {
    const w = await creditWorld(5_000); // 500,000 fen, the smallest line
    const { session, page } = await w.checkout(600_000);
    const before = await books(w.server, w);
    const code = await codeSent(w.server, page, session);
    const confirm = (body: unknown) => page.post('/v1/client/checkout_session/confirm', body);
    expectError(
      await confirm({ payment_method: 'credit', verification_code: code }),
      'parameter_missing',
      'term',
    );
    expectError(
      await confirm({
        payment_method: 'credit',
        term: { repayment_method: 'pay_anytime', length: 45 },
        verification_code: code,
      }),
      'parameter_invalid',
      'term.length',
    );
    expectError(
      await confirm({
        payment_method: 'credit',
        term: { repayment_method: 'pay_anytime', length: 30.5 },
        verification_code: code,
      }),
      'parameter_invalid',
      'term.length',
    );
    expectError(
      await confirm({ payment_method: 'credit', term: ONE_MONTH, verification_code: code }),
      'insufficient_credit',
    );
    expect(await books(w.server, w)).toEqual(before);

    // The code was not used up by the refusals: a wallet payment still confirms with it.
    await w.server.post(`/v1/wallets/${w.shop.wallet}/top_ups`, {
      amount: { amount: 600_000, currency: 'CNY' },
    });
    expect((await confirm({ payment_method: 'wallet', verification_code: code })).status).toBe(200);
  });

  it('refuses credit where the session or the shop does not allow it', async () => {
    const withLine = await creditWorld(30_000);
    const walletOnly = await withLine.checkout(25_800, ['wallet']);
    const code = await codeSent(withLine.server, walletOnly.page, walletOnly.session);
    expectError(
      await walletOnly.page.post('/v1/client/checkout_session/confirm', {
        payment_method: 'credit',
        term: ONE_MONTH,
        verification_code: code,
      }),
      'payment_method_unavailable',
      'payment_method',
    );

    const noLine = await creditWorld(null);
    const { session, page } = await noLine.checkout(25_800);
    const code2 = await codeSent(noLine.server, page, session);
    expectError(
      await page.post('/v1/client/checkout_session/confirm', {
        payment_method: 'credit',
        term: ONE_MONTH,
        verification_code: code2,
      }),
      'credit_line_missing',
    );
  });

  it('refunds goods bought on credit by paying the loan down, not into the wallet', async () => {
    const w = await creditWorld(30_000);
    const { session, page } = await w.checkout(25_800);
    const code = await codeSent(w.server, page, session);
    const paid = (
      await page.post<ClientCheckoutSession>('/v1/client/checkout_session/confirm', {
        payment_method: 'credit',
        term: ONE_MONTH,
        verification_code: code,
      })
    ).body;
    const before = await books(w.server, w);
    const partial = await w.server.post(`/v1/payments/${paid.payment}/refunds`, {
      amount: { amount: 10_000, currency: 'CNY' },
    });
    expect(partial.status, partial.text).toBe(200);
    expect(await books(w.server, w)).toEqual({
      ...before,
      supplier: before.supplier - 10_000,
      used: 15_800,
    });
    const [loan] = (await w.server.get<List<Loan>>('/v1/loans')).body.data;
    expect(loan).toMatchObject({ status: 'active', principal_outstanding: { amount: 15_800 } });

    expect((await w.server.post(`/v1/payments/${paid.payment}/refunds`, {})).status).toBe(200);
    const [closed] = (await w.server.get<List<Loan>>('/v1/loans')).body.data;
    expect(closed).toMatchObject({ status: 'repaid', payoff_amount: { amount: 0 } });
    expect(await books(w.server, w)).toEqual({
      ...before,
      supplier: before.supplier - 25_800,
      used: 0,
    });
  });
});

describe('repaying', () => {
  /**
   * A shop at APR 10.95% ([approve]) that borrowed 10,000.00 for 30 days, paid to its supplier,
   * having given `consents` (`direct_debit` for the due-date debit).
   */
  async function borrowed(
    term: { repayment_method: string; length: number } = ONE_MONTH,
    consents: ConsentType[] = ['credit_query'],
  ) {
    const w = await approvedShop(app, { consents });
    expect(w.line.apr).toBe('0.1095');
    const loan = await w.borrow(1_000_000, term as LoanTerm);
    return { ...w, line: w.line.id, loan, advance: w.advanceDays };
  }

  it('early after 17 days costs 51.71 of interest (the worked example), and restores the line', async () => {
    const b = await borrowed();
    await b.advance(17);
    const loan = (await b.server.get<Loan>(`/v1/loans/${b.loan.id}`)).body;
    expect(loan.accrued_interest.amount).toBe(5_171);
    expect(loan.payoff_amount.amount).toBe(1_005_171);
    await b.topUp(1_005_171);

    const receipt = await b.server.post<Repayment>(`/v1/loans/${b.loan.id}/repayments`, {});
    expect(receipt.status, receipt.text).toBe(200);
    expect(receipt.body).toMatchObject({
      amount: { amount: 1_005_171 },
      penalty: { amount: 0 },
      interest: { amount: 5_171 },
      principal: { amount: 1_000_000 },
      principal_outstanding: { amount: 0 },
    });
    expect((await b.server.get<Loan>(`/v1/loans/${b.loan.id}`)).body).toMatchObject({
      status: 'repaid',
      payoff_amount: { amount: 0 },
    });
    expect(
      (await b.server.get<CreditLine>(`/v1/credit_lines/${b.line}`)).body.available.amount,
    ).toBe(2_000_000);
    expect((await b.server.get<Wallet>(`/v1/wallets/${b.shop.wallet}`)).body.balance.amount).toBe(
      0,
    );
    const types = (await b.server.get<List<Event>>('/v1/events?type=loan.repaid')).body.data;
    expect(types).toHaveLength(1);
    expectError(
      await b.server.post(`/v1/loans/${b.loan.id}/repayments`, {}),
      'loan_already_repaid',
    );
  });

  it('pays interest before principal on a partial repayment, and counts interest on what is left', async () => {
    const b = await borrowed();
    await b.advance(17);
    await b.topUp(300_000);
    const first = (
      await b.server.post<Repayment>(`/v1/loans/${b.loan.id}/repayments`, {
        amount: { amount: 300_000, currency: 'CNY' },
      })
    ).body;
    expect(first).toMatchObject({
      interest: { amount: 5_171 },
      principal: { amount: 294_829 },
      principal_outstanding: { amount: 705_171 },
    });
    expect((await b.server.get<CreditLine>(`/v1/credit_lines/${b.line}`)).body.used.amount).toBe(
      705_171,
    );

    await b.advance(13);
    const loan = (await b.server.get<Loan>(`/v1/loans/${b.loan.id}`)).body;
    // 705,171 × 0.1095 × 13 / 360 = 2,788.4… → 2,788
    expect(loan.accrued_interest.amount).toBe(2_788);
    const listed = (await b.server.get<List<Repayment>>(`/v1/loans/${b.loan.id}/repayments`)).body
      .data;
    expect(listed.map((r) => r.id)).toEqual([first.id]);
  });

  it('refuses, typed and changing nothing: more than owed, an empty wallet, a float', async () => {
    const b = await borrowed();
    await b.advance(5);
    const before = (await b.server.get<Loan>(`/v1/loans/${b.loan.id}`)).body;
    expectError(
      await b.server.post(`/v1/loans/${b.loan.id}/repayments`, {
        amount: { amount: before.payoff_amount.amount + 1, currency: 'CNY' },
      }),
      'amount_too_large',
      'amount.amount',
    );
    expectError(
      await b.server.post(`/v1/loans/${b.loan.id}/repayments`, {}),
      'insufficient_balance',
    );
    expectError(
      await b.server.post(`/v1/loans/${b.loan.id}/repayments`, {
        amount: { amount: 12.5, currency: 'CNY' },
      }),
      'parameter_invalid',
      'amount.amount',
    );
    expect((await b.server.get<Loan>(`/v1/loans/${b.loan.id}`)).body).toEqual(before);
  });

  it('are collected from the wallet on the due date, with interest to the due date exactly', async () => {
    const b = await borrowed(ONE_MONTH, ['credit_query', 'direct_debit']);
    await b.topUp(2_000_000);
    await b.advance(31);
    const loan = (await b.server.get<Loan>(`/v1/loans/${b.loan.id}`)).body;
    expect(loan).toMatchObject({ status: 'repaid', payoff_amount: { amount: 0 } });
    const [receipt] = (await b.server.get<List<Repayment>>(`/v1/loans/${b.loan.id}/repayments`))
      .body.data;
    expect(receipt).toMatchObject({
      penalty: { amount: 0 },
      interest: { amount: 9_125 },
      principal: { amount: 1_000_000 },
    });
    const types = (await b.server.get<List<Event>>('/v1/events?limit=100')).body.data.map(
      (e) => e.type,
    );
    expect(types).toContain('loan.payment_due');
    expect(types).toContain('loan.repaid');
    expect(types).not.toContain('loan.overdue');
  });

  it('go overdue when the due date is missed: penalty instead of interest, line frozen, then unfrozen', async () => {
    const b = await borrowed();
    await b.advance(28);
    const typesAt = async () =>
      (await b.server.get<List<Event>>('/v1/events?limit=100')).body.data.map((e) => e.type);
    expect(await typesAt()).toContain('loan.payment_due');
    await b.advance(3); // day 31: the due date (day 30) was missed
    expect(await typesAt()).toEqual(
      expect.arrayContaining(['repayment.failed', 'loan.overdue', 'credit_line.updated']),
    );
    expect((await b.server.get<CreditLine>(`/v1/credit_lines/${b.line}`)).body.status).toBe(
      'frozen',
    );

    // No new drawdown while frozen.
    const { session, page } = await b.checkout(10_000, ['credit']);
    const code = await codeSent(b.server, page, session);
    expectError(
      await page.post('/v1/client/checkout_session/confirm', {
        payment_method: 'credit',
        term: ONE_MONTH,
        verification_code: code,
      }),
      'credit_line_frozen',
    );

    await b.advance(9); // day 40: 30 days of interest, then 10 of penalty at APR × 1.5
    const loan = (await b.server.get<Loan>(`/v1/loans/${b.loan.id}`)).body;
    expect(loan).toMatchObject({
      status: 'overdue',
      accrued_interest: { amount: 9_125 },
      penalty_interest: { amount: 4_563 },
      payoff_amount: { amount: 1_013_688 },
    });
    await b.topUp(1_013_688);
    const receipt = (await b.server.post<Repayment>(`/v1/loans/${b.loan.id}/repayments`, {})).body;
    expect(receipt).toMatchObject({
      penalty: { amount: 4_563 },
      interest: { amount: 9_125 },
      principal: { amount: 1_000_000 },
    });
    expect((await b.server.get<CreditLine>(`/v1/credit_lines/${b.line}`)).body).toMatchObject({
      status: 'active',
      used: { amount: 0 },
    });
  });

  it('keep the interest already owed when a refund pays the principal off', async () => {
    const b = await borrowed();
    await b.advance(17);
    const [payment] = (await b.server.get<List<Payment>>('/v1/payments')).body.data;
    expect((await b.server.post(`/v1/payments/${payment!.id}/refunds`, {})).status).toBe(200);
    const loan = (await b.server.get<Loan>(`/v1/loans/${b.loan.id}`)).body;
    expect(loan).toMatchObject({
      status: 'active',
      principal_outstanding: { amount: 0 },
      accrued_interest: { amount: 5_171 },
      payoff_amount: { amount: 5_171 },
    });
    await b.advance(5); // nothing more accrues on a principal of zero
    expect((await b.server.get<Loan>(`/v1/loans/${b.loan.id}`)).body.payoff_amount.amount).toBe(
      5_171,
    );
    await b.topUp(5_171);
    const receipt = (await b.server.post<Repayment>(`/v1/loans/${b.loan.id}/repayments`, {})).body;
    expect(receipt).toMatchObject({ interest: { amount: 5_171 }, principal: { amount: 0 } });
    expect((await b.server.get<Loan>(`/v1/loans/${b.loan.id}`)).body.status).toBe('repaid');
  });
});
