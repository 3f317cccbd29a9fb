// Issue 16 through the SDK against a real sandbox on 127.0.0.1: the page reads the loan's own
// agreement for the term the shop chose, the bank records that text's hash with the drawdown,
// and the partner's server and the shop's wallet page read it back as text and printable HTML.
import { createSandbox, MemoryStore, type Sandbox } from '@xinghui/sandbox';
import { startServer, type RunningServer } from '@xinghui/sandbox/node';
import { createClient } from '@xinghui/sdk';
import { Xinghui, createSandboxPartner } from '@xinghui/sdk/server';
import { afterAll, beforeAll, expect, it } from 'vitest';

let server: RunningServer;
let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = createSandbox({ store: new MemoryStore() });
  server = await startServer(sandbox.app, { port: 0 });
});
afterAll(async () => {
  await server.close();
  sandbox.close();
});

const cny = (amount: number) => ({ amount, currency: 'CNY' as const });

it("reads, records and returns each loan's own agreement through the SDK", async () => {
  const partner = await createSandboxPartner({ baseUrl: server.url });
  const xinghui = new Xinghui({ secretKey: partner.secret_key, baseUrl: server.url });
  const shop = await xinghui.buyers.create({
    business_name: '贝贝母婴生活馆 [approve]',
    credit_code: '91440300708461136T',
    owner_name: '林晓梅',
    phone: '13800138000',
    industry: 'mother_baby',
  });
  const supplier = await xinghui.suppliers.create({
    business_name: '安心母婴用品批发有限公司',
    credit_code: '914403001922038216',
    phone: '13900139000',
    industry: 'mother_baby',
  });
  const { version } = await xinghui.consents.retrieveTemplate('credit_query');
  await xinghui.consents.create({
    buyer: shop.id,
    type: 'credit_query',
    template_version: version,
    locale: 'zh-CN',
  });
  await xinghui.creditApplications.create({ buyer: shop.id, months_trading: 24 });
  const session = await xinghui.checkoutSessions.create({
    buyer: shop.id,
    supplier: supplier.id,
    amount: cny(1_000_000),
    payment_methods: ['wallet', 'credit'],
    line_items: [{ name: '婴幼儿配方奶粉 3 段 800g (箱)', quantity: 4, unit_amount: cny(250_000) }],
  });
  const page = createClient({ publishableKey: partner.publishable_key, baseUrl: server.url });
  const term = { repayment_method: 'equal_installment', length: 3 } as const;
  const shown = await page.consents.retrieveTemplate(session.client_secret, 'loan_agreement', {
    locale: 'en',
    term,
  });
  expect(shown.text).toContain('equal instalments, 3 months');
  const byDefault = await page.consents.retrieveTemplate(session.client_secret, 'loan_agreement', {
    locale: 'en',
  });
  expect(byDefault.text_sha256).not.toBe(shown.text_sha256);

  await page.checkoutSessions.requestVerificationCode(session.client_secret);
  const { code } = await xinghui.sandbox.retrieveVerificationCode(session.id);
  await page.checkoutSessions.confirm(session.client_secret, {
    payment_method: 'credit',
    term,
    loan_agreement: { template_version: shown.version, locale: 'en' },
    verification_code: code,
  });
  const [loan] = (await xinghui.loans.list({ buyer: shop.id })).data;
  expect(loan!.agreement.text_sha256).toBe(shown.text_sha256);
  const text = await xinghui.loans.retrieveAgreement(loan!.id);
  expect(text).toMatchObject({ format: 'text', content: shown.text, locale: 'en' });
  const html = await xinghui.loans.retrieveAgreement(loan!.id, { format: 'html' });
  expect(html.content).toContain('<h1>Loan agreement (entrusted payment)</h1>');

  const wallet = await xinghui.walletSessions.create({ buyer: shop.id });
  const own = await page.wallet.retrieveLoanAgreement(wallet.client_secret, loan!.id);
  expect(own.text_sha256).toBe(shown.text_sha256);
});
