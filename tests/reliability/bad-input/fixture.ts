/**
 * A partner with one of everything (a shop on credit, a supplier, payments in escrow and on
 * credit, a loan, consents, a webhook endpoint, events, open sessions), built through the SDK
 * against an in-process sandbox, so every endpoint has a real object and a credential to be
 * called with.
 */
import { createSandbox, MemoryStore, type Sandbox, type Store } from '@xinghui/sandbox';
import { createClient } from '@xinghui/sdk';
import { createSandboxPartner, Xinghui } from '@xinghui/sdk/server';

const BASE_URL = 'http://127.0.0.1:4400';

/** A `fetch` that hands each request to the app in this process. */
function inProcess(sandbox: Sandbox): typeof fetch {
  return async (input, init) => sandbox.app.fetch(new Request(input, init));
}

const cny = (amount: number) => ({ amount, currency: 'CNY' as const });

/** The ids a path's `{id}` may name, by the collection before it (`/v1/payments/{id}`: payments). */
export type IdsByCollection = Record<string, string>;

export interface Fixture {
  secretKey: string;
  publishableKey: string;
  /** The client secret of an open checkout session (wallet and credit). */
  checkoutSecret: string;
  /** The client secret of an open wallet session of the same shop. */
  walletSecret: string;
  ids: IdsByCollection;
  /** Plausible string values (this partner's real ids and well-formed values) for generators. */
  strings: string[];
}

/** Builds a partner with one of everything; webhooks are answered at once by a stub. */
export async function buildFixture(sandbox: Sandbox): Promise<Fixture> {
  const fetch = inProcess(sandbox);
  const partner = await createSandboxPartner({ baseUrl: BASE_URL, fetch });
  const bank = new Xinghui({ secretKey: partner.secret_key, baseUrl: BASE_URL, fetch });
  const page = createClient({ publishableKey: partner.publishable_key, baseUrl: BASE_URL, fetch });

  const supplier = await bank.suppliers.create({
    business_name: '安心母婴用品批发有限公司',
    credit_code: '914403001922038216',
    phone: '13900139000',
    industry: 'mother_baby',
  });
  const shop = await bank.buyers.create({
    business_name: '贝贝母婴生活馆 [approve]',
    credit_code: '91440300708461136T',
    owner_name: '林晓梅',
    phone: '13800138000',
    industry: 'mother_baby',
  });
  const consents = [];
  for (const type of ['credit_query', 'data_sharing'] as const) {
    const { version } = await bank.consents.retrieveTemplate(type);
    consents.push(
      await bank.consents.create({
        buyer: shop.id,
        type,
        template_version: version,
        locale: 'zh-CN',
      }),
    );
  }
  const application = await bank.creditApplications.create({ buyer: shop.id, months_trading: 36 });
  const line = await bank.creditLines.retrieve(application.credit_line!);
  await bank.wallets.topUp(shop.wallet, { amount: cny(1_000_000) });

  /** A checkout paid on the page: the session, the code from the sandbox, confirm. */
  async function pay(params: { escrow?: boolean; credit?: boolean }) {
    const session = await bank.checkoutSessions.create({
      buyer: shop.id,
      supplier: supplier.id,
      amount: cny(25_800),
      payment_methods: ['wallet', 'credit'],
      line_items: [{ name: '婴儿纸尿裤 L 码 (箱)', quantity: 1, unit_amount: cny(25_800) }],
      ...(params.escrow ? { escrow: { fulfilment: 'delivery' as const } } : {}),
    });
    await page.checkoutSessions.requestVerificationCode(session.client_secret);
    const { code } = await bank.sandbox.retrieveVerificationCode(session.id);
    const paid = await page.checkoutSessions.confirm(session.client_secret, {
      verification_code: code,
      ...(params.credit
        ? { payment_method: 'credit', term: { repayment_method: 'pay_anytime', length: 30 } }
        : { payment_method: 'wallet' }),
    });
    return paid.payment!;
  }
  const escrowed = await pay({ escrow: true });
  await pay({ credit: true });
  const [loan] = (await bank.loans.list({ buyer: shop.id })).data;

  const endpoint = await bank.webhookEndpoints.create({
    url: 'https://platform.example/webhooks',
    enabled_events: ['payment.succeeded'],
  });
  const review = await bank.limitReviews.create({ credit_line: line.id });
  const [event] = (await bank.events.list({ limit: 1 })).data;

  const open = await bank.checkoutSessions.create({
    buyer: shop.id,
    supplier: supplier.id,
    amount: cny(12_900),
    payment_methods: ['wallet', 'credit'],
    line_items: [{ name: '婴儿湿巾 (箱)', quantity: 1, unit_amount: cny(12_900) }],
  });
  const walletSession = await bank.walletSessions.create({ buyer: shop.id });
  // The shop has a line, so its nomination is `ineligible`: an id, and nothing to answer.
  const nomination = await bank.preApprovals.create({
    supplier: supplier.id,
    shops: [{ buyer: shop.id, months_trading: 36 }],
  });
  await sandbox.webhooks.idle();
  const [logged] = (await bank.sandbox.listRequests({ limit: 1 })).data;

  const ids: IdsByCollection = {
    buyers: shop.id,
    suppliers: supplier.id,
    wallets: shop.wallet,
    checkout_sessions: open.id,
    consent_templates: 'credit_query',
    consents: consents[0]!.id,
    credit_applications: application.id,
    credit_lines: line.id,
    loans: loan!.id,
    payments: escrowed,
    accounts: supplier.settlement_account.id,
    events: event!.id,
    webhook_endpoints: endpoint.id,
    limit_reviews: review.id,
    requests: logged!.id,
    pre_approvals: nomination.data[0]!.id,
  };
  return {
    secretKey: partner.secret_key,
    publishableKey: partner.publishable_key,
    checkoutSecret: open.client_secret,
    walletSecret: walletSession.client_secret,
    ids,
    strings: [
      ...Object.values(ids),
      'CNY',
      'USD',
      'zh-CN',
      'en',
      '13800138000',
      '91440300708461136T',
      '2026-12-02',
      '0.1095',
      'https://platform.example/webhooks',
      'wallet',
      'credit',
    ],
  };
}

/** A sandbox on `store` whose webhooks are answered 200 at once, and its fixture partner. */
export async function fixtureSandbox(store: Store = new MemoryStore()) {
  const clock = Date.now();
  const sandbox = createSandbox({
    store,
    // A frozen wall clock: nothing falls due while the bad input runs, so only a request could
    // change the state.
    wallClock: () => clock,
    webhooks: { fetch: async () => new Response('ok') },
  });
  const fixture = await buildFixture(sandbox);
  const other = await buildFixture(sandbox);
  await sandbox.webhooks.idle();
  return { sandbox, fixture, other };
}
