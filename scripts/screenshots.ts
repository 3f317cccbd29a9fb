// `npm run screenshots`: pictures of every component, in zh-CN and English, on a desktop and a
// 375 px phone, saved to docs/images/ for the docs. Each is taken against a real sandbox bank
// (in memory, on 127.0.0.1) with a shop that has a credit line, a loan repaid three ways and an
// open checkout, in Debian's Chromium with the CJK font that scripts/ensure-chromium.sh installs.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSandbox, MemoryStore, SEED } from '@xinghui/sandbox';
import { startServer } from '@xinghui/sandbox/node';
import { createClient } from '@xinghui/sdk';
import { Xinghui, createSandboxPartner } from '@xinghui/sdk/server';
import { chromium, type Locator, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(root, 'docs/images');
const DIST = join(root, 'packages/elements/dist');
const VIEWPORTS = {
  desktop: { width: 1280, height: 900 },
  mobile: { width: 375, height: 812 },
} as const;
const LANGS = ['zh-CN', 'en'] as const;

const cny = (amount: number) => ({ amount, currency: 'CNY' as const });

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

/** A shop with a line, a loan and some history, a supplier, and the two sessions to show. */
async function world(baseUrl: string) {
  const partner = await createSandboxPartner({ baseUrl, secret_key_release: true });
  const bank = new Xinghui({ secretKey: partner.secret_key, baseUrl });
  const page = createClient({ publishableKey: partner.publishable_key, baseUrl });
  const supplier = await bank.suppliers.create(SEED.supplier);
  const shop = await bank.buyers.create(SEED.shop);
  await bank.wallets.topUp(shop.wallet, { amount: { amount: 300_000, currency: 'CNY' } });
  // Direct debit too: the shots move the clock past its loan's due date, and without the
  // authorisation the bank would not debit the wallet, so the loan would go overdue.
  for (const type of [...SEED.consentTypes, 'direct_debit'] as const) {
    const { version } = await bank.consents.retrieveTemplate(type);
    await bank.consents.create({
      buyer: shop.id,
      type,
      template_version: version,
      locale: 'zh-CN',
    });
  }
  await bank.creditApplications.create({ buyer: shop.id, ...SEED.preApproval });

  const checkout = (amount: number) =>
    bank.checkoutSessions.create({
      buyer: shop.id,
      supplier: supplier.id,
      amount: { amount, currency: 'CNY' },
      line_items: [
        { name: '婴儿配方奶粉 3 段 (箱)', quantity: 1, unit_amount: { amount, currency: 'CNY' } },
      ],
      payment_methods: ['wallet', 'credit'],
    });
  /** The cashier's order as a platform creates it: two lines, an order number, escrow. */
  const order = async () => {
    // Enough in the wallet for the order, so that the wallet stays the chosen way to pay.
    await bank.wallets.topUp(shop.wallet, { amount: cny(200_000) });
    const session = await bank.checkoutSessions.create({
      buyer: shop.id,
      supplier: supplier.id,
      amount: cny(2 * 12_900 + 112_800),
      line_items: [
        { name: '婴儿纸尿裤 L 码 (箱)', quantity: 2, unit_amount: cny(12_900) },
        { name: '婴幼儿配方奶粉 3 段 800g (箱)', quantity: 1, unit_amount: cny(112_800) },
      ],
      description: '安心母婴用品批发有限公司 订货单 ord_7f3a9c21',
      payment_methods: ['wallet', 'credit'],
      escrow: {},
    });
    return session;
  };

  // An earlier order paid on credit: the wallet has a loan to show.
  const paid = await checkout(258_000);
  await page.checkoutSessions.requestVerificationCode(paid.client_secret);
  const { code } = await bank.sandbox.retrieveVerificationCode(paid.id);
  const offers = await page.credit.listLoanOffers(paid.client_secret);
  const offer = offers.data.find((o) => o.repayment_method === 'pay_anytime');
  if (!offer) throw new Error('the sandbox offered no pay-anytime term');
  const { loan } = await page.checkoutSessions.confirm(paid.client_secret, {
    payment_method: 'credit',
    term: { repayment_method: 'pay_anytime', length: offer.length },
    verification_code: code,
  });
  // Payments made on it, one of each kind: the platform's (day 5), the shop's own from its
  // wallet page (day 12) and, once the shots have moved the clock past its due date, the bank's
  // direct debit of the rest, which leaves it repaid for the certificate.
  await bank.sandbox.advanceClock({ seconds: 5 * 86_400 });
  await bank.loans.repay(loan!, { amount: cny(50_000) });
  await bank.sandbox.advanceClock({ seconds: 7 * 86_400 });
  const walletSession = await bank.walletSessions.create({ buyer: shop.id });
  await page.wallet.requestRepaymentCode(walletSession.client_secret, loan!, {
    amount: cny(30_000),
  });
  await page.wallet.repay(walletSession.client_secret, loan!, {
    amount: cny(30_000),
    verification_code: (await bank.sandbox.retrieveVerificationCode(walletSession.id)).code,
  });

  const open = await checkout(112_800);

  /**
   * A credit-only order (escrow) of a new shop with no line yet, for the one-click loan's
   * enrolment: `name` may carry a scenario trigger (`[decline]`) that decides its application.
   */
  let shops = 0;
  const enrolment = async (name: string) => {
    shops += 1;
    const newShop = await bank.buyers.create({
      ...SEED.shop,
      business_name: name,
      credit_code: SEED.creditCode(shops),
      owner_name: '陈乐',
    });
    return bank.checkoutSessions.create({
      buyer: newShop.id,
      supplier: supplier.id,
      amount: cny(2 * 112_800),
      line_items: [
        { name: '婴幼儿配方奶粉 3 段 800g (箱)', quantity: 2, unit_amount: cny(112_800) },
      ],
      description: '安心母婴用品批发有限公司 订货单 ord_8b41d0e7',
      payment_methods: ['credit'],
      escrow: {},
    });
  };
  return {
    publishableKey: partner.publishable_key,
    checkoutSecret: open.client_secret,
    walletSecret: walletSession.client_secret,
    order,
    enrolment,
    /** A fresh wallet session of the shop: the wallet's shots come after the clock has moved. */
    walletSession: () => bank.walletSessions.create({ buyer: shop.id }),
    nextDay: () => bank.sandbox.advanceClock({ seconds: 86_400 }),
    codeFor: async (sessionId: string) =>
      (await bank.sandbox.retrieveVerificationCode(sessionId)).code,
  };
}

run('npm', ['run', 'build', '--silent']);
run('bash', ['scripts/ensure-chromium.sh']);
mkdirSync(OUT, { recursive: true });

const sandbox = createSandbox({ store: new MemoryStore() });
const bank = await startServer(sandbox.app, { port: 0 });
const {
  publishableKey,
  checkoutSecret,
  walletSecret,
  order,
  enrolment,
  walletSession,
  codeFor,
  nextDay,
} = await world(bank.url);
const COMPONENTS = {
  'xh-pay-button': checkoutSecret,
  'xh-one-click-loan': checkoutSecret,
  'xh-credit-wallet': walletSecret,
} as const;
/** A client secret for one shot (the cashier's shots each pay their own order). */
const secrets = new Map<string, string>();

/**
 * The cashier's steps beyond its first screen, each on a fresh order: credit chosen with its
 * full terms, the code step restating what it confirms, and the e-receipt after paying.
 */
const CASHIER_STEPS = {
  credit: async (element: Locator) => {
    await element.locator('[part="method"][value="credit"]').check();
  },
  code: async (element: Locator) => {
    await element.locator('[part="pay"]').click();
    await element.page().locator('xh-pay-button[state="code"]').waitFor();
  },
  receipt: async (element: Locator, sessionId: string) => {
    await element.locator('[part="pay"]').click();
    await element.page().locator('xh-pay-button[state="code"]').waitFor();
    await element.locator('[part="code-input"]').fill(await codeFor(sessionId));
    await element.locator('[part="confirm"]').click();
    await element.page().locator('xh-pay-button[state="succeeded"]').waitFor();
  },
} as const;

/**
 * The one-click loan's steps, each on a credit-only order of a new shop with no line: the
 * enrolment on its details on file, a refusal with what to fix, the new line before the first
 * loan, the chosen term with its own agreement, the code step restating the commitment, and
 * the loan made with the credit left. `shop` names the shop (a trigger decides its application).
 */
const LOAN_STEPS: Record<
  string,
  { shop: string; take(element: Locator, sessionId: string): Promise<void> }
> = {
  enrol: { shop: '乐乐宝贝母婴店', take: async () => {} },
  declined: {
    shop: '小雅母婴店 [decline]',
    take: async (element) => {
      await apply(element);
      await element.page().locator('xh-one-click-loan[state="declined"]').waitFor();
    },
  },
  approved: {
    shop: '乐乐宝贝母婴店',
    take: async (element) => {
      await apply(element);
      await element.page().locator('xh-one-click-loan[state="approved"]').waitFor();
    },
  },
  offers: {
    shop: '乐乐宝贝母婴店',
    take: async (element) => {
      await toOffers(element);
      await element.locator('[part="agreement-checkbox"]').check();
    },
  },
  code: {
    shop: '乐乐宝贝母婴店',
    take: async (element) => {
      await toOffers(element);
      await element.locator('[part="agreement-checkbox"]').check();
      await element.locator('[part="borrow"]').click();
      await element.page().locator('xh-one-click-loan[state="code"]').waitFor();
    },
  },
  succeeded: {
    shop: '乐乐宝贝母婴店',
    take: async (element, sessionId) => {
      await toOffers(element);
      await element.locator('[part="agreement-checkbox"]').check();
      await element.locator('[part="borrow"]').click();
      await element.page().locator('xh-one-click-loan[state="code"]').waitFor();
      await element.locator('[part="code-input"]').fill(await codeFor(sessionId));
      await element.locator('[part="confirm"]').click();
      await element.page().locator('xh-one-click-loan[state="succeeded"]').waitFor();
    },
  },
};

/**
 * The wallet's views, taken last (the cashier's shots have left escrowed orders awaiting
 * receipt, and the clock past the loan's due date, so it is repaid): the loan in detail with
 * the payments made on it, 确认收货 stating what it releases, a month's statement, and the
 * repaid loan's payoff certificate.
 */
const WALLET_STEPS = {
  loan: async (element: Locator) => {
    await openLoan(element);
  },
  receipt: async (element: Locator) => {
    await element.locator('[part="confirm-receipt"]').first().click();
    await element.page().locator('xh-credit-wallet[state="receipt"]').waitFor();
  },
  statement: async (element: Locator) => {
    await element.locator('[part="show-statement"]').click();
    await element.page().locator('xh-credit-wallet[state="statement"]').waitFor();
  },
  certificate: async (element: Locator) => {
    await openLoan(element);
    await element.locator('[part="certificate"]').click();
    await element.page().locator('xh-credit-wallet[state="certificate"]').waitFor();
  },
} as const;

/** Opens the shop's (repaid) loan and waits for its three payments made. */
async function openLoan(element: Locator): Promise<void> {
  await element.locator('[part="loan-details"]').first().click();
  await element.page().locator('xh-credit-wallet[state="loan"]').waitFor();
  await element.locator('[part="payment-made"]').nth(2).waitFor();
}

/** Confirms the details on file, consents and applies. */
async function apply(element: Locator): Promise<void> {
  await element.locator('#months-trading').fill('36');
  await element.locator('#consent-credit_query').check();
  await element.locator('#consent-data_sharing').check();
  await element.locator('[part="apply"]').click();
}

/** Enrols, continues from the approval and chooses three monthly instalments. */
async function toOffers(element: Locator): Promise<void> {
  await apply(element);
  await element.locator('[part="continue"]').click();
  await element.locator('[part="term"][value="equal_installment:3"]').check();
  await element.locator('[part="agreement"]').filter({ hasText: '3' }).waitFor();
}

// A bare page per shot: the CDN file and one tag. The CDN file is a loader that fetches each
// component's chunk from `cdn/` beside it, so both are served.
const site = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  if (/^\/(cdn\/[\w.-]+|xinghui-elements)\.js$/.test(url.pathname)) {
    response.writeHead(200, { 'Content-Type': 'text/javascript' });
    response.end(readFileSync(join(DIST, url.pathname)));
    return;
  }
  const tag = url.searchParams.get('tag') as keyof typeof COMPONENTS;
  const lang = url.searchParams.get('lang') ?? 'zh-CN';
  const secret = secrets.get(url.searchParams.get('shot') ?? '') ?? COMPONENTS[tag];
  response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
  response.end(`<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<script type="module" src="/xinghui-elements.js"></script>
<style>body { margin: 0; padding: 16px; background: #f5f6f7; }</style></head>
<body><${tag} client-secret="${secret}" publishable-key="${publishableKey}"
api-base="${bank.url}"></${tag}></body></html>`);
});
await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
const siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;

/** Opens the bare page of one tag and waits until it has loaded its session. */
async function open(page: Page, tag: string, lang: string, shot = ''): Promise<Locator> {
  await page.goto(`${siteUrl}/?tag=${tag}&lang=${lang}&shot=${shot}`);
  await page.waitForFunction(
    (name) => {
      const state = document.querySelector(name)?.getAttribute('state');
      return Boolean(state) && state !== 'loading';
    },
    tag,
    { timeout: 15_000 },
  );
  await page.evaluate(() => document.fonts.ready);
  return page.locator(tag);
}

async function shoot(element: Locator, name: string): Promise<void> {
  const file = join(OUT, name);
  await element.screenshot({ path: file, animations: 'disabled' });
  console.log(`✔ ${file.slice(root.length)}`);
}

const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
  env: { ...process.env, TZ: 'Asia/Shanghai' },
});
try {
  for (const [device, viewport] of Object.entries(VIEWPORTS)) {
    const context = await browser.newContext({ viewport, locale: 'zh-CN' });
    const page = await context.newPage();
    for (const tag of Object.keys(COMPONENTS)) {
      for (const lang of LANGS) {
        const element = await open(page, tag, lang);
        await shoot(element, `${tag.replace(/^xh-/, '')}-${lang}-${device}.png`);
      }
    }
    await context.close();
  }
  // After every shot of the shared sessions: each step below moves the clock a day first (the
  // bank's budget of codes per phone and day), which would expire those sessions.
  for (const [device, viewport] of Object.entries(VIEWPORTS)) {
    const context = await browser.newContext({ viewport, locale: 'zh-CN' });
    const page = await context.newPage();
    for (const [step, take] of Object.entries(CASHIER_STEPS)) {
      for (const lang of LANGS) {
        await nextDay();
        const session = await order();
        const shot = `${step}-${lang}-${device}`;
        secrets.set(shot, session.client_secret);
        const element = await open(page, 'xh-pay-button', lang, shot);
        await take(element, session.id);
        await shoot(element, `pay-button-${step}-${lang}-${device}.png`);
      }
    }
    for (const [step, { shop, take }] of Object.entries(LOAN_STEPS)) {
      for (const lang of LANGS) {
        await nextDay();
        const session = await enrolment(shop);
        const shot = `loan-${step}-${lang}-${device}`;
        secrets.set(shot, session.client_secret);
        const element = await open(page, 'xh-one-click-loan', lang, shot);
        await take(element, session.id);
        await shoot(element, `one-click-loan-${step}-${lang}-${device}.png`);
      }
    }
    await context.close();
  }
  // Last: by now the clock has passed the loan's due date on both devices' steps above.
  for (const [device, viewport] of Object.entries(VIEWPORTS)) {
    const context = await browser.newContext({ viewport, locale: 'zh-CN' });
    const page = await context.newPage();
    for (const [step, take] of Object.entries(WALLET_STEPS)) {
      for (const lang of LANGS) {
        const shot = `wallet-${step}-${lang}-${device}`;
        secrets.set(shot, (await walletSession()).client_secret);
        const element = await open(page, 'xh-credit-wallet', lang, shot);
        await take(element);
        await shoot(element, `credit-wallet-${step}-${lang}-${device}.png`);
      }
    }
    await context.close();
  }
} finally {
  await browser.close();
  site.close();
  await bank.close();
  sandbox.close();
}
