// Supplier-led pre-approval (批量预授信) end to end through the SDK, against a real sandbox on
// 127.0.0.1: a wholesaler nominates its franchise shops, one accepts in one tap from its wallet
// page, one declines from its checkout page, one never answers, and the supplier follows it all
// through the list endpoint and the events.
import { createSandbox, MemoryStore, type Sandbox } from '@xinghui/sandbox';
import { startServer, type RunningServer } from '@xinghui/sandbox/node';
import { createClient } from '@xinghui/sdk';
import {
  Xinghui,
  XinghuiInvalidRequestError,
  createSandboxPartner,
  type Buyer,
} from '@xinghui/sdk/server';
import { creditCodeCheckCharacter } from '@xinghui/contract';
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
const code = (n: number) => {
  const first17 = `91510106${String(n).padStart(9, '0')}`;
  return first17 + creditCodeCheckCharacter(first17);
};

it('nominates franchise shops, and each shop answers from its own page', async () => {
  const partner = await createSandboxPartner({ baseUrl: server.url });
  const xinghui = new Xinghui({ secretKey: partner.secret_key, baseUrl: server.url });
  const page = createClient({ publishableKey: partner.publishable_key, baseUrl: server.url });

  const supplier = await xinghui.suppliers.create({
    business_name: '唯呢熊母婴用品经营部',
    credit_code: '914403001922038216',
    phone: '13900139000',
    industry: 'mother_baby',
  });
  const shops: Buyer[] = [];
  for (const [n, name] of ['加盟一店', '加盟二店', '加盟三店', '加盟四店 [decline]'].entries()) {
    shops.push(
      await xinghui.buyers.create({
        business_name: name,
        credit_code: code(n + 1),
        owner_name: '店主',
        phone: `1380013800${n}`,
        industry: 'mother_baby',
      }),
    );
  }
  const history = {
    active_months_12m: 12,
    orders_90d: 36,
    days_since_last_order: 2,
    gmv_90d: cny(16_000_000),
    gmv_12m: cny(60_000_000),
    returns_12m: cny(300_000),
  };
  const batch = await xinghui.preApprovals.create({
    supplier: supplier.id,
    shops: shops.map((shop) => ({
      buyer: shop.id,
      business_name: shop.business_name,
      credit_code: shop.credit_code,
      owner_name: shop.owner_name,
      phone: shop.phone,
      months_trading: 48,
      trade_history: history,
    })),
  });
  expect(batch.data.map((pre) => pre.status)).toEqual([
    'invited',
    'invited',
    'invited',
    'ineligible',
  ]);
  expect(batch).toMatchObject({ invited: 3, ineligible: 1 });
  for (const pre of batch.data) expect(pre.credit_bureau_queried).toBe(false);
  const offer = batch.data[0]!.offer!;
  expect(offer.limit.amount).toBeGreaterThan(0);
  expect(Number.isSafeInteger(offer.limit.amount)).toBe(true);

  // Shop 1 accepts from its "my credit" page, having been shown the consent text.
  const wallet = await xinghui.walletSessions.create({ buyer: shops[0]!.id });
  const invitation = await page.preApprovals.retrieve(wallet.client_secret);
  expect(invitation).toMatchObject({ status: 'invited', offer });
  const template = await page.consents.retrieveTemplate(wallet.client_secret, 'credit_query');
  const accepted = await page.preApprovals.accept(wallet.client_secret, {
    template_version: template.version,
  });
  expect(accepted.status).toBe('accepted');
  const line = await xinghui.creditLines.retrieve(accepted.credit_line!);
  expect(line).toMatchObject({ buyer: shops[0]!.id, status: 'active' });
  const accepting = page.preApprovals.accept(wallet.client_secret, {
    template_version: template.version,
  });
  await expect(accepting).rejects.toBeInstanceOf(XinghuiInvalidRequestError);
  await expect(accepting).rejects.toMatchObject({ code: 'pre_approval_not_open' });

  // Shop 2 declines from a checkout page.
  const checkout = await xinghui.checkoutSessions.create({
    buyer: shops[1]!.id,
    supplier: supplier.id,
    amount: cny(25_800),
    line_items: [{ name: '婴儿纸尿裤 L 码 (箱)', quantity: 1, unit_amount: cny(25_800) }],
  });
  expect((await page.preApprovals.decline(checkout.client_secret)).status).toBe('declined');

  // Shop 3 never answers: 30 days later its invitation has lapsed.
  await xinghui.sandbox.advanceClock({ days: 30 });

  const statuses = new Map<string, string>();
  for await (const pre of xinghui.preApprovals.list({ supplier: supplier.id, limit: 2 })) {
    statuses.set(pre.buyer, pre.status);
  }
  expect(Object.fromEntries(statuses)).toEqual({
    [shops[0]!.id]: 'accepted',
    [shops[1]!.id]: 'declined',
    [shops[2]!.id]: 'expired',
    [shops[3]!.id]: 'ineligible',
  });
  const expired = await xinghui.preApprovals.list({ status: 'expired' });
  expect(expired.data.map((pre) => pre.buyer)).toEqual([shops[2]!.id]);
  expect((await xinghui.preApprovals.retrieve(batch.data[2]!.id)).status).toBe('expired');

  const types = [];
  for await (const event of xinghui.events.list({ limit: 100 })) {
    if (event.type.startsWith('pre_approval.')) types.push(event.type);
  }
  expect(types.sort()).toEqual([
    'pre_approval.accepted',
    'pre_approval.declined',
    'pre_approval.expired',
    'pre_approval.invited',
    'pre_approval.invited',
    'pre_approval.invited',
  ]);

  // More than 1,000 shops is a typed refusal, and nothing is written.
  const tooMany = Array.from({ length: 1_001 }, () => ({ buyer: shops[0]!.id, months_trading: 1 }));
  await expect(
    xinghui.preApprovals.create({ supplier: supplier.id, shops: tooMany }),
  ).rejects.toMatchObject({ code: 'parameter_invalid', param: 'shops' });
  expect((await xinghui.sandbox.verifyLedger()).ok).toBe(true);
}, 60_000);
