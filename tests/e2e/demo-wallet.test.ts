// The shop's "my credit" page of the demo in Chromium at 1280 px and on a 375 px phone: two
// loans told apart (number, order, supplier, term, next due date, buttons named for their
// loan), a loan's detail view with its schedule and its own agreement, a repayment whose code
// step restates the amount, the loan and the method, the repaid loan's detail listing the payment
// made, and a month's statement. The page fits its viewport throughout and never sees a secret
// key.
import { createClient } from '@xinghui/sdk';
import { describe, expect, it } from 'vitest';
import { expectAccessible, expectNoHorizontalScroll, useDemo } from './demo-harness.js';

const demo = useDemo();

/** beibei (pre-approved) pays an order numbered `reference` on credit, from the bank's page API. */
async function borrow(bankUrl: string, reference: string, amount: number): Promise<string> {
  const buyer = demo.parties.shops.find((shop) => shop.key === 'beibei')!.buyerId;
  const session = await demo.xinghui.checkoutSessions.create({
    buyer,
    supplier: demo.parties.supplierId,
    amount: { amount, currency: 'CNY' },
    line_items: [
      { name: '婴儿纸尿裤 L 码', quantity: 1, unit_amount: { amount, currency: 'CNY' } },
    ],
    payment_methods: ['credit'],
    description: reference,
  });
  const page = createClient({ publishableKey: demo.partner.publishable_key, baseUrl: bankUrl });
  await page.checkoutSessions.requestVerificationCode(session.client_secret);
  const { code } = await demo.xinghui.sandbox.retrieveVerificationCode(session.id);
  const paid = await page.checkoutSessions.confirm(session.client_secret, {
    payment_method: 'credit',
    term: { repayment_method: 'pay_anytime', length: 30 },
    verification_code: code,
  });
  return paid.loan!;
}

describe.each([
  { width: 1280, height: 800 },
  { width: 375, height: 667 },
])('the wallet page of the demo in Chromium at $width px', (viewport) => {
  it('tells loans apart, shows one in detail, repays with the figures restated, lists the payment made, a statement', async () => {
    const suffix = `${viewport.width}`;
    const { page, seen, errors, settle } = await demo.openPage(viewport);
    await demo.logIn(page, 'beibei');
    await page.goto(`${demo.site.url}/credit.html`);
    const wallet = page.locator('xh-credit-wallet');
    await page.locator('xh-credit-wallet[state="ready"]').waitFor();
    // The bank the page talks to, where this test borrows twice as the checkout would.
    const bankUrl = (await wallet.getAttribute('api-base'))!;
    const first = await borrow(bankUrl, `订货单 W-${suffix}-1`, 10_000);
    const second = await borrow(bankUrl, `订货单 W-${suffix}-2`, 10_000);
    await page.reload();
    await page.locator('xh-credit-wallet[state="ready"]').waitFor();

    // Two loans of the same amount, each with its own number, order and supplier.
    for (const [loanId, reference] of [
      [first, `订货单 W-${suffix}-1`],
      [second, `订货单 W-${suffix}-2`],
    ] as const) {
      const row = wallet.locator('[part="loan"]').filter({ hasText: loanId });
      await expect(row.textContent()).resolves.toContain(reference);
      await expect(row.textContent()).resolves.toContain('随借随还 · 30 天');
      await expect(row.textContent()).resolves.toContain('下期应还');
      await expect(
        row.getByRole('button', { name: `还款 · ${reference} · ¥100.00` }).count(),
      ).resolves.toBe(1);
    }
    await expectNoHorizontalScroll(page);
    await expectAccessible(page, 'overview');
    await settle();

    // The detail view: the schedule and the loan's own agreement.
    const firstRow = wallet.locator('[part="loan"]').filter({ hasText: first });
    await firstRow.locator('[part="loan-details"]').click();
    await page.locator('xh-credit-wallet[state="loan"]').waitFor();
    await expect(wallet.locator('[part="schedule"] tbody tr').count()).resolves.toBe(1);
    // No column header breaks onto two lines (期数, 其中利息 did at 375 px): each header cell is as
    // tall as a one-line figure cell, and the table fits the card without scrolling inside it.
    const schedule = await wallet.locator('[part="schedule"]').evaluate((table) => ({
      headers: [...table.querySelectorAll('th')].map((th) => th.getBoundingClientRect().height),
      figure: table.querySelector('tbody td')!.getBoundingClientRect().height,
      overflow: table.parentElement!.scrollWidth - table.parentElement!.clientWidth,
    }));
    for (const height of schedule.headers) expect(height).toBeLessThanOrEqual(schedule.figure + 1);
    expect(schedule.overflow).toBeLessThanOrEqual(0);
    await wallet.locator('[part="show-agreement"]').click();
    await wallet.locator('[part="agreement"]').waitFor();
    await expect(wallet.locator('[part="agreement"]').textContent()).resolves.toContain('¥100.00');
    await expectNoHorizontalScroll(page);
    await expectAccessible(page, 'loan detail');

    // Repaying from the detail view: the code step states the amount, the loan and the method.
    await wallet.locator('[part="loan-detail"] [part="repay"]').click();
    await page.locator('xh-credit-wallet[state="repay"]').waitFor();
    await wallet.locator('[part="get-code"]').click();
    await page.locator('xh-credit-wallet[state="code"]').waitFor();
    const summary = await wallet.locator('[part="confirm-summary"]').textContent();
    expect(summary).toContain(first);
    expect(summary).toContain(`订货单 W-${suffix}-1`);
    expect(summary).toContain('星辉钱包余额');
    expect(summary).toMatch(/¥100\.\d\d/);
    await expectNoHorizontalScroll(page);
    await expectAccessible(page, 'the repay code step');
    const secret = (await wallet.getAttribute('client-secret'))!;
    const { code } = await demo.xinghui.sandbox.retrieveVerificationCode(
      secret.split('_secret_')[0]!,
    );
    await wallet.locator('[part="code-input"]').fill(code);
    await wallet.locator('[part="confirm"]').click();
    await page.locator('xh-credit-wallet[state="repaid"]').waitFor();
    await expect(wallet.locator('[part="receipt"]').textContent()).resolves.toContain(first);
    await expect(demo.xinghui.loans.retrieve(first)).resolves.toMatchObject({ status: 'repaid' });
    await expectAccessible(page, 'the repayment receipt');
    await settle();

    // The repaid loan's detail lists the payment just made: amount, split, who made it.
    const receiptText = (await wallet.locator('[part="receipt"]').textContent())!;
    const repaymentId = /rpy_\w+/.exec(receiptText)![0];
    await wallet.locator('.outcome > button').click();
    await page.locator('xh-credit-wallet[state="ready"]').waitFor();
    await firstRow.locator('[part="loan-details"]').click();
    await page.locator('xh-credit-wallet[state="loan"]').waitFor();
    const made = wallet.locator(`[part="payment-made"][data-repayment="${repaymentId}"]`);
    await made.waitFor();
    await expect(wallet.locator('[part="payment-made"]').count()).resolves.toBe(1);
    // What the shop owner reads (innerText): the CDN build drops the source's whitespace between
    // a row's <dt> and <dd>, which textContent would show and the browser never does.
    const madeText = (await made.innerText()).replace(/\s+/g, ' ');
    expect(madeText).toMatch(/¥100\.\d\d/);
    expect(madeText).toContain('其中本金 ¥100.00');
    expect(madeText).toContain('主动还款 · 星辉钱包余额');
    expect(madeText).toContain(repaymentId);
    await expect(wallet.locator('[part="certificate"]').count()).resolves.toBe(1);
    await expectNoHorizontalScroll(page);
    await expectAccessible(page, 'repaid loan detail');
    await wallet.locator('[part="certificate"]').click();
    await page.locator('xh-credit-wallet[state="certificate"]').waitFor();
    await expect(wallet.locator('[part="document"]').textContent()).resolves.toContain(
      '累计已付利息',
    );
    await expectNoHorizontalScroll(page);
    await expectAccessible(page, 'certificate');
    await settle();

    // A month's statement, from the account.
    await wallet.getByRole('button', { name: '返回账户' }).click();
    await page.locator('xh-credit-wallet[state="ready"]').waitFor();
    await wallet.locator('[part="show-statement"]').click();
    await page.locator('xh-credit-wallet[state="statement"]').waitFor();
    await expect(wallet.locator('[part="document"]').textContent()).resolves.toContain(
      '期末本金余额',
    );
    await expectNoHorizontalScroll(page);
    await expectAccessible(page, 'statement');
    await settle();

    demo.expectNoSecretKey(seen);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 90_000);
});
