// The demo's checkout end to end: Chromium drives examples/platform as a shop owner would (log
// in, fill the cart, check out at the one cashier, <xh-pay-button>, and pay with the one-time
// code) against a real sandbox bank over HTTP on 127.0.0.1, then the bank's own books are
// checked. At 1280 px and on a 375 px phone. It is what `npm start` serves, run in this process.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, expectNoHorizontalScroll, useDemo } from './demo-harness.js';

const demo = useDemo();

/** The checkout page holds one bank component: the cashier. */
async function expectOneCashier(page: Page): Promise<Locator> {
  const cashier = page.locator('xh-pay-button');
  await cashier.and(page.locator(':not([state="loading"])')).waitFor();
  await expect(cashier.count()).resolves.toBe(1);
  await expect(page.locator('xh-one-click-loan').count()).resolves.toBe(0);
  return cashier;
}

/** Sends the code, reads it from the sandbox panel shown beside the code field, confirms. */
async function confirmWithCode(page: Page, cashier: Locator): Promise<void> {
  await cashier.locator('[part="pay"]').click();
  await page.locator('xh-pay-button[state="code"]').waitFor();
  const sessionId = (await cashier.getAttribute('client-secret'))!.split('_secret_')[0]!;
  const { code } = await demo.xinghui.sandbox.retrieveVerificationCode(sessionId);
  const panel = page.locator('[data-sandbox-code]').filter({ hasText: code });
  await panel.waitFor();
  await expectAccessible(page, 'the code step');
  // Beside the code field, not screens below it: within one phone screen of the field.
  const field = (await cashier.locator('[part="code-input"]').boundingBox())!;
  const shown = (await panel.boundingBox())!;
  expect(Math.abs(shown.y - field.y)).toBeLessThan(400);
  await cashier.locator('[part="code-input"]').fill(code);
  await cashier.locator('[part="confirm"]').click();
  await page.locator('xh-pay-button[state="succeeded"]').waitFor();
  await expectAccessible(page, 'the receipt');
}

describe('the demo checkout in Chromium', () => {
  it('at 1280 px: one cashier shows the order, wallet or 星辉贷 with full terms, and pays from the wallet with a receipt', async () => {
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
    const cashier = await expectOneCashier(page);
    await expect(cashier.locator('[part="amount"]').textContent()).resolves.toBe('¥1,386.00');
    await expect(cashier.locator('[part="line-item"]').count()).resolves.toBe(2);
    await expect(cashier.locator('[part="order"]').textContent()).resolves.toContain(orderId);
    await expect(cashier.locator('[part="time-left"]').textContent()).resolves.toMatch(
      /^\d+:\d\d$/,
    );
    // Escrow, said as the session has it: the bank holds the money until receipt.
    await expect(cashier.locator('[part="escrow"]').textContent()).resolves.toContain('银行托管');
    await expectAccessible(page, 'the choice');

    // Credit in the same place: the full terms before the commitment.
    await cashier.locator('[part="method"][value="credit"]').check();
    const terms = cashier.locator('[part="offer-summary"]');
    for (const figure of ['.apr', '.daily-rate', '.total-interest', '.total-amount', '.penalty']) {
      await expect(terms.locator(figure).count()).resolves.toBe(1);
    }
    await expect(cashier.locator('[part="schedule"]').count()).resolves.toBe(1);
    await expect(cashier.locator('[part="agreement"]').count()).resolves.toBe(1);
    // Where the loan would go: into the bank's escrow, not to the supplier now.
    await expect(cashier.locator('[part="loan-payee"]').textContent()).resolves.toContain('托管');
    await expect(cashier.locator('[part="pay"]').textContent()).resolves.toContain('星辉贷');
    await expectAccessible(page, 'the credit terms');

    // The shop pays from its wallet after all.
    await cashier.locator('[part="method"][value="wallet"]').check();
    await expect(cashier.locator('[part="pay"]').textContent()).resolves.toContain('星辉钱包');
    await confirmWithCode(page, cashier);
    // One success, and the e-receipt.
    await expect(page.getByRole('heading', { name: '付款成功' }).count()).resolves.toBe(1);
    const receipt = cashier.locator('[part="receipt"]');
    await expect(receipt.textContent()).resolves.toMatch(/pay_\w+/);
    await expect(receipt.textContent()).resolves.toContain('¥1,386.00');
    await expect(receipt.locator('[part="print"]').isVisible()).resolves.toBe(true);
    // The platform confirmed the payment with the bank before showing this.
    await page.locator('[data-paid]').waitFor();
    await settle();

    await page.locator('.site-nav').getByRole('link', { name: '我的订单' }).click();
    await page.locator(`[data-order="${orderId}"][data-status="paid"]`).waitFor();
    await settle();

    // Guaranteed trade: the bank holds the money until the shop confirms receipt (demo-escrow).
    expect(await demo.settlement()).toBe(supplierBefore);
    expect(walletBefore - (await demo.wallet('beibei'))).toBe(total);
    expect((await demo.xinghui.sandbox.verifyLedger()).ok).toBe(true);

    demo.expectNoSecretKey(seen);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 90_000);

  it('on a 375 px phone: pays on 星辉贷 with the whole schedule on screen, nothing wider than the phone', async () => {
    const { page, seen, errors, settle } = await demo.openPage({ width: 375, height: 740 });
    const walletBefore = await demo.wallet('beibei');

    await demo.logIn(page, 'beibei');
    await demo.addToCart(page, 'bodysuit-3', 1); // ¥690.00
    await demo.checkOut(page);
    const cashier = await expectOneCashier(page);
    await cashier.locator('[part="method"][value="credit"]').check();
    await cashier.locator('[part="term"]').first().check();
    await expectNoHorizontalScroll(page);
    await expectAccessible(page, 'the credit terms');
    // Figures do not wrap: each schedule date and amount is one line.
    const heights = await cashier
      .locator('[part="schedule"] tbody td')
      .evaluateAll((cells) => cells.map((cell) => cell.getBoundingClientRect().height));
    expect(Math.max(...heights)).toBeLessThan(40);
    await cashier.locator('[part="agreement-checkbox"]').check();
    await confirmWithCode(page, cashier);
    await expect(cashier.locator('[part="receipt"]').textContent()).resolves.toContain('星辉贷');
    await page.locator('[data-paid]').waitFor();
    await expectNoHorizontalScroll(page);
    await settle();

    // On credit: the wallet was not touched.
    expect(await demo.wallet('beibei')).toBe(walletBefore);
    expect((await demo.xinghui.sandbox.verifyLedger()).ok).toBe(true);
    demo.expectNoSecretKey(seen);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 90_000);

  it('on a 375 px phone, too little in the wallet and no line: a way to top up, or to enrol for 星辉贷', async () => {
    const { page, seen, errors, settle } = await demo.openPage({ width: 375, height: 740 });
    const supplierBefore = await demo.settlement();

    await demo.logIn(page, 'xiaoya');
    await expectNoHorizontalScroll(page);
    await demo.addToCart(page, 'wipes-80', 1); // ¥59.90, more than the ¥50.00 in the wallet
    const orderId = await demo.checkOut(page);

    const cashier = page.locator('xh-pay-button[state="insufficient"]');
    await cashier.waitFor();
    await expect(cashier.locator('[part="pay"]').count()).resolves.toBe(0);
    await expect(cashier.locator('[part="top-up"]').getAttribute('href')).resolves.toBe(
      '/credit.html',
    );
    await expect(page.locator('[data-payment-note]').textContent()).resolves.toContain('充值');
    const enrol = page.locator('[data-switch]');
    await expect(enrol.textContent()).resolves.toContain('开通');
    await expect(page.locator('xh-one-click-loan').count()).resolves.toBe(0);
    await expectNoHorizontalScroll(page);
    await expectAccessible(page, 'too little in the wallet');
    // Enrolling is the credit-only page of this order: one bank component per page.
    await enrol.click();
    await page.waitForURL(`${demo.site.url}/credit.html?order=${orderId}`);
    await page.locator('xh-one-click-loan[state="enrol"]').waitFor();
    await expect(page.locator('xh-pay-button').count()).resolves.toBe(0);
    await expectNoHorizontalScroll(page);
    await expectAccessible(page, 'enrol');
    await settle();

    await page.locator('.site-nav').getByRole('link', { name: '我的订单' }).click();
    await page.locator(`[data-order="${orderId}"][data-status="pending"]`).waitFor();
    await expectNoHorizontalScroll(page);
    await settle();

    expect(await demo.settlement()).toBe(supplierBefore);
    expect(await demo.wallet('xiaoya')).toBe(5_000);
    expect((await demo.xinghui.sandbox.verifyLedger()).ok).toBe(true);
    demo.expectNoSecretKey(seen);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 90_000);
});
