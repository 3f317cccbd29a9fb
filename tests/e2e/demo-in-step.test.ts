// Two bank components on one page of the demo, in Chromium at 1280 px and on a 375 px phone:
// "my credit" shows <xh-credit-wallet> and, under it, the shop's unpaid orders, each paid right
// there with <xh-pay-button>. Paying one order from the wallet and another on 星辉贷, the wallet
// above shows the bank's new balance and available credit without a reload (the components tell
// each other that money moved), and the page fits its viewport throughout.
import { formatMoney } from '@xinghui/sdk';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, expectNoHorizontalScroll, useDemo } from './demo-harness.js';

const demo = useDemo();
const cny = (amount: number) => formatMoney({ amount, currency: 'CNY' });

/** beibei's 星辉贷 line, as the bank has it: what it may borrow now, in fen. */
async function availableCredit(): Promise<number> {
  const buyer = demo.parties.shops.find((shop) => shop.key === 'beibei')!.buyerId;
  const { data } = await demo.xinghui.creditLines.list({ buyer });
  return data[0]!.available.amount;
}

/** Places an order of `quantity` × 婴儿纸尿裤 L (¥129.00 each) and returns its id. */
async function placeOrder(page: Page, quantity: number): Promise<string> {
  await page.goto(`${demo.site.url}/`);
  await demo.addToCart(page, 'diaper-l', quantity);
  return demo.checkOut(page);
}

/** 去付款 on the order's row: its cashier opens in the list, ready to pay. */
async function openCashier(page: Page, orderId: string): Promise<Locator> {
  const row = page.locator(`[data-unpaid-order="${orderId}"]`);
  await row.getByRole('button', { name: '去付款' }).click();
  await row.locator('xh-pay-button[state="ready"]').waitFor();
  return row.locator('xh-pay-button');
}

/** Pays in the cashier with the one-time code the bank "texted" (shown beside the field too). */
async function payWithCode(page: Page, cashier: Locator): Promise<void> {
  await cashier.locator('[part="pay"]').click();
  await cashier.locator('[part="code-input"]').waitFor();
  const sessionId = (await cashier.getAttribute('client-secret'))!.split('_secret_')[0]!;
  const { code } = await demo.xinghui.sandbox.retrieveVerificationCode(sessionId);
  await cashier.locator('[data-sandbox-code]').filter({ hasText: code }).waitFor();
  await expectAccessible(page, 'the code step beside the wallet');
  await cashier.locator('[part="code-input"]').fill(code);
  await cashier.locator('[part="confirm"]').click();
  await expect.poll(() => cashier.getAttribute('state')).toBe('succeeded');
  await expectNoHorizontalScroll(page);
  await expectAccessible(page, 'the receipt beside the wallet');
}

describe.each([
  { width: 1280, height: 800 },
  { width: 375, height: 667 },
])('two components on the demo\'s "my credit" page in Chromium at $width px', (viewport) => {
  it('the wallet shows the new balance and available credit after each payment, no reload', async () => {
    const { page, seen, errors, settle } = await demo.openPage(viewport);
    await demo.logIn(page, 'beibei');
    const onWallet = await placeOrder(page, 2); // ¥258.00
    const onCredit = await placeOrder(page, 3); // ¥387.00

    await page.locator('.site-nav').getByRole('link', { name: '我的额度' }).click();
    await page.waitForURL(`${demo.site.url}/credit.html`);
    const wallet = page.locator('xh-credit-wallet');
    await page.locator('xh-credit-wallet[state="ready"]').waitFor();
    const balance = wallet.locator('[part="balance"]');
    const available = wallet.locator('[part="available"]');
    const balanceBefore = await demo.wallet('beibei');
    const availableBefore = await availableCredit();
    await expect(balance.textContent()).resolves.toBe(cny(balanceBefore));
    await expect(available.textContent()).resolves.toBe(cny(availableBefore));
    for (const orderId of [onWallet, onCredit]) {
      await page.locator(`[data-unpaid-order="${orderId}"]`).waitFor();
    }
    await expectNoHorizontalScroll(page);
    await settle();

    // From the wallet: the balance above drops by the order's total, as the bank's does.
    const walletCashier = await openCashier(page, onWallet);
    await expectNoHorizontalScroll(page);
    await payWithCode(page, walletCashier);
    const balanceAfter = await demo.wallet('beibei');
    expect(balanceBefore - balanceAfter).toBe(2 * 12_900);
    await expect.poll(() => balance.textContent()).toBe(cny(balanceAfter));
    await expect(available.textContent()).resolves.toBe(cny(availableBefore));
    const walletRow = page.locator(`[data-unpaid-order="${onWallet}"]`);
    await expect
      .poll(() => walletRow.locator('[data-order-outcome]').textContent())
      .toContain(`订单 ${onWallet}（${cny(2 * 12_900)}）已付款`);
    await settle();

    // On 星辉贷: the available credit above drops by what was borrowed, the balance stays.
    const creditCashier = await openCashier(page, onCredit);
    await creditCashier.locator('[part="method"][value="credit"]').check();
    await creditCashier.locator('[part="term"]').first().check();
    await creditCashier.locator('[part="agreement-checkbox"]').check();
    await payWithCode(page, creditCashier);
    const availableAfter = await availableCredit();
    expect(availableBefore - availableAfter).toBe(3 * 12_900);
    await expect.poll(() => available.textContent()).toBe(cny(availableAfter));
    await expect(balance.textContent()).resolves.toBe(cny(balanceAfter));
    expect(await demo.wallet('beibei')).toBe(balanceAfter);
    await expect
      .poll(() =>
        page.locator(`[data-unpaid-order="${onCredit}"] [data-order-outcome]`).textContent(),
      )
      .toContain(`订单 ${onCredit}（${cny(3 * 12_900)}）已付款`);
    await expectNoHorizontalScroll(page);
    await settle();

    // Both orders are paid and off the list; a reload reads the same figures from the bank.
    await page.reload();
    await page.locator('xh-credit-wallet[state="ready"]').waitFor();
    await expect(balance.textContent()).resolves.toBe(cny(balanceAfter));
    await expect(available.textContent()).resolves.toBe(cny(availableAfter));
    await expect(page.locator('[data-unpaid-order]').count()).resolves.toBe(0);
    await expect(page.locator('[data-unpaid]').isHidden()).resolves.toBe(true);
    await settle();

    expect((await demo.xinghui.sandbox.verifyLedger()).ok).toBe(true);
    demo.expectNoSecretKey(seen);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 120_000);
});
