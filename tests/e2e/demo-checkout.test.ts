// The demo end to end: Chromium drives examples/platform as a shop owner would (log in, fill
// the cart, check out, pay with <xh-pay-button> and the one-time code) against a real sandbox
// bank over HTTP on 127.0.0.1, then the bank's own books are checked. It is what `npm start`
// serves, run in this process.
import { describe, expect, it } from 'vitest';
import { expectNoHorizontalScroll, useDemo } from './demo-harness.js';

const demo = useDemo();

describe('the demo platform in Chromium', () => {
  it('a shop owner orders, pays with the wallet and the one-time code; the bank agrees', async () => {
    const { page, seen, errors, settle } = await demo.openPage({ width: 1280, height: 900 });
    const supplierBefore = await demo.settlement();
    const walletBefore = await demo.wallet('beibei');

    await demo.logIn(page, 'beibei');
    await demo.addToCart(page, 'diaper-l', 2); // 2 × ¥129.00
    await demo.addToCart(page, 'formula-3', 1); // 1 × ¥1,128.00
    await expect(page.locator('[data-cart-count]').textContent()).resolves.toBe('3');
    const orderId = await demo.checkOut(page);
    await settle();

    // The order's total is the platform's own price list, whatever the page might have sent.
    const total = 2 * 12_900 + 112_800;
    await expect(page.locator('[data-order] [data-total]').textContent()).resolves.toBe(
      '¥1,386.00',
    );
    const payButton = page.locator('xh-pay-button[state="ready"]');
    await payButton.waitFor();
    await expect(payButton.locator('[part="amount"]').textContent()).resolves.toContain('1,386.00');

    await payButton.locator('[part="pay"]').click();
    await page.locator('xh-pay-button[state="code"]').waitFor();
    // The code the bank "texted", read as the partner's server can in the sandbox.
    const clientSecret = await page.locator('xh-pay-button').getAttribute('client-secret');
    const sessionId = clientSecret!.split('_secret_')[0]!;
    const { code } = await demo.xinghui.sandbox.retrieveVerificationCode(sessionId);
    // The checkout page's sandbox panel shows the same code.
    await page.locator('[data-sandbox-code]').filter({ hasText: code }).waitFor();

    await page.locator('xh-pay-button [part="code-input"]').fill(code);
    await page.locator('xh-pay-button [part="confirm"]').click();
    await page.locator('xh-pay-button[state="succeeded"]').waitFor();
    // The platform confirmed the payment with the bank before showing this.
    await page.locator('[data-paid]').waitFor();
    await settle();

    await page.locator('.site-nav').getByRole('link', { name: '我的订单' }).click();
    await page.locator(`[data-order="${orderId}"][data-status="paid"]`).waitFor();
    await settle();

    // Guaranteed trade: the bank holds the money until the shop confirms receipt (demo-escrow).
    expect(await demo.settlement()).toBe(supplierBefore);
    expect(walletBefore - (await demo.wallet('beibei'))).toBe(total);
    const session = await demo.xinghui.checkoutSessions.retrieve(sessionId);
    expect(session).toMatchObject({ status: 'complete', amount: { amount: total } });
    expect((await demo.xinghui.sandbox.verifyLedger()).ok).toBe(true);

    demo.expectNoSecretKey(seen);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('on a 320 px phone, a shop with too little in its wallet sees 余额不足 and pays nothing', async () => {
    const { page, seen, errors, settle } = await demo.openPage({ width: 320, height: 640 });
    const supplierBefore = await demo.settlement();

    await demo.logIn(page, 'xiaoya');
    await expectNoHorizontalScroll(page);
    await demo.addToCart(page, 'wipes-80', 1); // ¥59.90, more than the ¥50.00 in the wallet
    const orderId = await demo.checkOut(page);

    const payButton = page.locator('xh-pay-button[state="insufficient"]');
    await payButton.waitFor();
    await expect(payButton.locator('[part="pay"]').count()).resolves.toBe(0);
    await expect(page.locator('[data-payment-note]').textContent()).resolves.toContain(
      '贝贝母婴生活馆',
    );
    await expectNoHorizontalScroll(page);
    await settle();

    await page.locator('.site-nav').getByRole('link', { name: '我的订单' }).click();
    await page.locator(`[data-order="${orderId}"][data-status="pending"]`).waitFor();
    await expectNoHorizontalScroll(page);
    await settle();

    // "My credit" fits the phone too: no line yet, the wallet, its activity.
    await page.locator('.site-nav').getByRole('link', { name: '我的额度' }).click();
    await page.locator('xh-credit-wallet[state="ready"]').waitFor();
    await expectNoHorizontalScroll(page);
    await settle();

    expect(await demo.settlement()).toBe(supplierBefore);
    expect(await demo.wallet('xiaoya')).toBe(5_000);
    expect((await demo.xinghui.sandbox.verifyLedger()).ok).toBe(true);
    demo.expectNoSecretKey(seen);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 60_000);
});
