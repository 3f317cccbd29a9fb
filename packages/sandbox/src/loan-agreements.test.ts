/**
 * Issue 16: each loan's own agreement (借款合同), generated at the offer from the loan's figures,
 * shown by the page for the term the shop chose, hashed and stored by the bank with the loan,
 * and read back as text or a printable HTML document.
 */
import {
  CLIENT_SECRET_HEADER,
  sha256Hex,
  type Buyer,
  type ConsentTemplate,
  type Loan,
  type LoanAgreement,
  type LoanOffers,
  type WalletSession,
} from '@xinghui/contract';
import { describe, expect, it } from 'vitest';
import { createSandbox } from './sandbox.js';
import { SHOP, SUPPLIER, approvedShop, caller, codeFor, expectError } from './testing/harness.js';

const { app } = createSandbox();
const INSTALMENTS = { repayment_method: 'equal_installment', length: 3 } as const;
const termQuery = (t: { repayment_method: string; length: number }) =>
  `repayment_method=${t.repayment_method}&length=${t.length}`;

describe("each loan's own agreement", () => {
  it('names the figures of the loan the shop chose: amount, rates, term, schedule, payee, penalty', async () => {
    const w = await approvedShop(app);
    const { page, session } = await w.checkout(1_000_000);
    const reply = await page.get<ConsentTemplate>(
      `/v1/client/consent_templates/loan_agreement?${termQuery(INSTALMENTS)}`,
    );
    expect(reply.status, reply.text).toBe(200);
    const { text, text_sha256, title } = reply.body;
    expect(title).toBe('借款合同（受托支付）');
    expect(text_sha256).toBe(sha256Hex(text));
    const offers = (await page.get<LoanOffers>('/v1/client/checkout_session/loan_offers')).body;
    const offer = offers.data.find(
      (o) => o.repayment_method === 'equal_installment' && o.length === 3,
    )!;
    for (const part of [
      '¥10,000.00',
      '年化利率：10.95%',
      '日利率：0.0304%',
      '等额本息，3 个月',
      `订单 ${session.id}`,
      SUPPLIER.business_name,
      SHOP.credit_code,
      '1.5 倍（年化 16.425%）',
      '按实际使用天数计息',
      `利息合计：¥183.05`,
      ...offer.schedule.installments.map((i) => `第 ${i.number} 期 ${i.due_date}`),
    ])
      expect(text).toContain(part);
    // Another term, another amount, another shop's order: another text, another hash.
    const anytime = (await page.get<ConsentTemplate>('/v1/client/consent_templates/loan_agreement'))
      .body;
    expect(anytime.text).toContain('随借随还，30 天');
    expect(anytime.text_sha256).not.toBe(text_sha256);
    const other = await w.checkout(500_000);
    const smaller = (
      await other.page.get<ConsentTemplate>(
        `/v1/client/consent_templates/loan_agreement?${termQuery(INSTALMENTS)}`,
      )
    ).body;
    expect(smaller.text_sha256).not.toBe(text_sha256);
    const english = (
      await page.get<ConsentTemplate>(
        `/v1/client/consent_templates/loan_agreement?locale=en&${termQuery(INSTALMENTS)}`,
      )
    ).body;
    expect(english.text).toContain('CN¥10,000.00');
    expect(english.text).toContain('APR: 10.95%; daily rate: 0.0304% (APR / 360)');
  });

  it('follows the session: paid to the supplier at the drawdown, or held in escrow until receipt', async () => {
    const w = await approvedShop(app);
    const direct = await w.checkout(1_000_000);
    const held = await w.checkout(1_000_000, ['credit'], { escrow: { auto_release_days: 7 } });
    const read = async (page: typeof direct.page, locale: 'zh-CN' | 'en') =>
      (
        await page.get<ConsentTemplate>(
          `/v1/client/consent_templates/loan_agreement?locale=${locale}`,
        )
      ).body.text;
    const supplier = SUPPLIER.business_name;
    expect(await read(direct.page, 'zh-CN')).toContain(
      `借款由贷款人于放款时直接支付给收款人 ${supplier}（受托支付），不进入借款人账户。`,
    );
    const escrowed = await read(held.page, 'zh-CN');
    expect(escrowed).toContain(
      `借款由贷款人托管（担保交易，受托支付）：借款人确认收货时，或发货后 7 天的自动确认收货日，贷款人将款项支付给收款人 ${supplier}`,
    );
    expect(escrowed).not.toContain('放款时直接支付');
    expect(await read(held.page, 'en')).toContain(
      `the lender holds the loan in escrow (entrusted payment) and pays it to the payee ${supplier} when the borrower confirms receipt, or on the auto-confirm date 7 days after shipment`,
    );
    // How it is repaid: debited on due dates only under the shop's direct-debit authorisation.
    expect(await read(direct.page, 'zh-CN')).toContain(
      '借款人授权自动还款（代扣）的，贷款人于每个还款日从借款人钱包扣收当期应还款项',
    );
    // The loan drawn on the escrowed session records that text.
    const { session, page } = held;
    await page.post('/v1/client/checkout_session/verification_codes');
    const paid = await page.post('/v1/client/checkout_session/confirm', {
      payment_method: 'credit',
      term: { repayment_method: 'pay_anytime', length: 30 },
      verification_code: await codeFor(w.server, session.id),
    });
    expect(paid.status, paid.text).toBe(200);
    const [loan] = (await w.server.get<{ data: Loan[] }>('/v1/loans')).body.data;
    const stored = (await w.server.get<LoanAgreement>(`/v1/loans/${loan!.id}/agreement`)).body;
    expect(stored.content).toBe(escrowed);
    expect(stored.text_sha256).toBe(sha256Hex(escrowed));
  });

  it('refuses a term the line does not offer, or half of one', async () => {
    const w = await approvedShop(app);
    const { page } = await w.checkout(100_000);
    expectError(
      await page.get(
        '/v1/client/consent_templates/loan_agreement?repayment_method=pay_anytime&length=45',
      ),
      'parameter_invalid',
      'length',
    );
    expectError(
      await page.get('/v1/client/consent_templates/loan_agreement?length=3'),
      'parameter_invalid',
      'repayment_method',
    );
  });

  it('records the text the page showed, stores it with the loan, and reads it back as text and HTML', async () => {
    const w = await approvedShop(app);
    const { page, session } = await w.checkout(1_000_000);
    const shown = (
      await page.get<ConsentTemplate>(
        `/v1/client/consent_templates/loan_agreement?${termQuery(INSTALMENTS)}`,
      )
    ).body;
    expect((await page.post('/v1/client/checkout_session/verification_codes')).status).toBe(200);
    const paid = await page.post('/v1/client/checkout_session/confirm', {
      payment_method: 'credit',
      term: INSTALMENTS,
      loan_agreement: { template_version: shown.version, locale: 'zh-CN' },
      verification_code: await codeFor(w.server, session.id),
    });
    expect(paid.status, paid.text).toBe(200);
    const [loan] = (await w.server.get<{ data: Loan[] }>('/v1/loans')).body.data;
    expect(loan!.agreement.text_sha256).toBe(shown.text_sha256);
    expect(loan).not.toHaveProperty('agreement_text');

    const text = await w.server.get<LoanAgreement>(`/v1/loans/${loan!.id}/agreement`);
    expect(text.status, text.text).toBe(200);
    expect(text.body).toMatchObject({
      object: 'loan_agreement',
      loan: loan!.id,
      consent: loan!.agreement.consent,
      locale: 'zh-CN',
      format: 'text',
      content: shown.text,
      text_sha256: shown.text_sha256,
    });
    const html = (await w.server.get<LoanAgreement>(`/v1/loans/${loan!.id}/agreement?format=html`))
      .body;
    expect(html.format).toBe('html');
    expect(html.content).toMatch(/^<!doctype html>/);
    expect(html.content).toContain('<h1>借款合同（受托支付）</h1>');
    expect(html.content).toContain(`SHA-256: ${shown.text_sha256}`);
    expectError(
      await w.server.get(`/v1/loans/${loan!.id}/agreement?format=pdf`),
      'parameter_invalid',
      'format',
    );

    // The shop's own page reads it; another shop's page does not.
    const wallet = (await w.server.post<WalletSession>('/v1/wallet_sessions', { buyer: w.shop.id }))
      .body;
    const walletPage = caller(app, w.partner.publishable_key, {
      headers: { [CLIENT_SECRET_HEADER]: wallet.client_secret },
    });
    const own = await walletPage.get<LoanAgreement>(`/v1/client/loans/${loan!.id}/agreement`);
    expect(own.status, own.text).toBe(200);
    expect(own.body.text_sha256).toBe(shown.text_sha256);
    const stranger = (
      await w.server.post<Buyer>('/v1/buyers', { ...SHOP, credit_code: '91110108551385082Q' })
    ).body;
    const strangerSession = (
      await w.server.post<WalletSession>('/v1/wallet_sessions', { buyer: stranger.id })
    ).body;
    const strangerPage = caller(app, w.partner.publishable_key, {
      headers: { [CLIENT_SECRET_HEADER]: strangerSession.client_secret },
    });
    expectError(
      await strangerPage.get(`/v1/client/loans/${loan!.id}/agreement`),
      'resource_missing',
    );
  });
});
