// The credit journey end to end, in Chromium on the demo platform: a shop with no credit line
// enrols at the checkout (its details, two consents, an instant decision), pays its supplier on
// credit in one click and a code, sees the loan in "my credit", repays it early from its wallet,
// and sees its credit restored. The bank's books are checked at each step.
import { formatMoney } from '@xinghui/sdk';
import { describe, expect, it } from 'vitest';
import { useDemo } from './demo-harness.js';

const demo = useDemo();
const cny = (amount: number) => formatMoney({ amount, currency: 'CNY' });

describe('credit on the demo platform in Chromium', () => {
  it('a new shop enrols at checkout, pays on credit, sees the loan, repays early: credit restored', async () => {
    const { page, seen, errors, settle } = await demo.openPage({ width: 1280, height: 900 });
    const supplierBefore = await demo.settlement();
    const walletBefore = await demo.wallet('lele');

    await demo.logIn(page, 'lele');
    await demo.addToCart(page, 'formula-3', 2); // 2 × ¥1,128.00
    const orderId = await demo.checkOut(page);
    const total = 2 * 112_800;

    // No line yet: the cashier offers to enrol, and the one-click loan takes its place.
    await page.locator('[data-switch]').click();
    const loan = page.locator('xh-one-click-loan');
    await page.locator('xh-one-click-loan[state="enrol"]').waitFor();
    await loan.locator('#business-name').fill('乐乐宝贝母婴店');
    await loan.locator('#credit-code').fill('91330200MA2KL8Q4XR');
    await loan.locator('#owner-name').fill('陈乐');
    await loan.locator('#phone').fill('13600136000');
    await loan.locator('#months-trading').fill('36');
    await loan.locator('#credit-query-consent').check();
    await loan.locator('#data-sharing-consent').check();
    await loan.locator('[part="apply"]').click();

    // An instant decision, then the offers: APR always shown, the agreement to accept.
    await page.locator('xh-one-click-loan[state="offers"]').waitFor();
    const [line] = (await demo.xinghui.creditLines.list({ limit: 10 })).data.filter(
      (l) => l.buyer === demo.parties.shops.find((s) => s.key === 'lele')!.buyerId,
    );
    expect(line).toBeDefined();
    await expect(loan.locator('[part="offer-summary"]').textContent()).resolves.toContain('%');
    await loan.locator('[part="agreement-checkbox"]').check();
    await loan.locator('[part="borrow"]').click();
    await page.locator('xh-one-click-loan[state="code"]').waitFor();
    const checkoutSecret = (await loan.getAttribute('client-secret'))!;
    const { code } = await demo.xinghui.sandbox.retrieveVerificationCode(
      checkoutSecret.split('_secret_')[0]!,
    );
    await loan.locator('[part="code-input"]').fill(code);
    await loan.locator('[part="confirm"]').click();
    await page.locator('xh-one-click-loan[state="succeeded"]').waitFor();
    // The platform confirmed the payment with the bank before showing this.
    await page.locator('[data-paid]').waitFor();
    await settle();

    // The loan was paid into escrow, to reach the supplier on receipt; the wallet was not touched.
    expect(await demo.settlement()).toBe(supplierBefore);
    expect(await demo.wallet('lele')).toBe(walletBefore);
    const order = page.locator(`[data-order="${orderId}"]`);
    await page.locator('.site-nav').getByRole('link', { name: '我的订单' }).click();
    await order.and(page.locator('[data-status="paid"]')).waitFor();

    // Twelve days later, "my credit" shows the loan and what it costs to repay it today.
    await demo.xinghui.sandbox.advanceClock({ seconds: 12 * 86_400 });
    await page.locator('.site-nav').getByRole('link', { name: '我的额度' }).click();
    const wallet = page.locator('xh-credit-wallet');
    await page.locator('xh-credit-wallet[state="ready"]').waitFor();
    await expect(wallet.locator('[part="loan"]').count()).resolves.toBe(1);
    await expect(wallet.locator('[part="available"]').textContent()).resolves.toBe(
      cny(line!.limit.amount - total),
    );
    const [owed] = (await demo.xinghui.loans.list({ buyer: line!.buyer })).data;
    expect(owed!.accrued_interest.amount).toBeGreaterThan(0);

    // Repay early, in full: the payoff quote, a code, a receipt.
    await wallet.locator('[part="repay"]').click();
    await page.locator('xh-credit-wallet[state="repay"]').waitFor();
    await expect(wallet.locator('[part="payoff"]').textContent()).resolves.toContain(
      cny(owed!.payoff_amount.amount),
    );
    await wallet.locator('[part="get-code"]').click();
    await page.locator('xh-credit-wallet[state="code"]').waitFor();
    const walletSecret = (await wallet.getAttribute('client-secret'))!;
    const repayCode = await demo.xinghui.sandbox.retrieveVerificationCode(
      walletSecret.split('_secret_')[0]!,
    );
    // The page's sandbox panel shows the same code.
    await page.locator('[data-sandbox-code]').filter({ hasText: repayCode.code }).waitFor();
    await wallet.locator('[part="code-input"]').fill(repayCode.code);
    await wallet.locator('[part="confirm"]').click();
    await page.locator('xh-credit-wallet[state="repaid"]').waitFor();
    await expect(wallet.locator('[part="receipt"]').textContent()).resolves.toContain(
      cny(owed!.accrued_interest.amount),
    );
    await settle();

    // Credit restored, the wallet paid exactly the payoff, and the books balance.
    expect((await demo.xinghui.creditLines.retrieve(line!.id)).available).toEqual(line!.limit);
    expect(await demo.wallet('lele')).toBe(walletBefore - owed!.payoff_amount.amount);
    expect((await demo.xinghui.loans.retrieve(owed!.id)).status).toBe('repaid');
    expect((await demo.xinghui.sandbox.verifyLedger()).ok).toBe(true);
    demo.expectNoSecretKey(seen);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 90_000);
});
