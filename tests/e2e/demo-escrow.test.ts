// Guaranteed trade (担保交易) end to end, in Chromium at 1280 px and on a 375 px phone: a shop
// pays its order with the wallet, the bank holds the money, the platform marks the order shipped
// (the demo's sandbox button stands in for the supplier), the shop confirms receipt itself in
// <xh-credit-wallet> (the amount and the supplier stated, its one-time code), and only then does
// the supplier's balance rise. The bank's books are checked at each step.
import { formatMoney } from '@xinghui/sdk';
import { describe, expect, it } from 'vitest';
import { expectAccessible, expectNoHorizontalScroll, useDemo } from './demo-harness.js';

const demo = useDemo();

describe.each([
  { width: 1280, height: 800 },
  { width: 375, height: 667 },
])('guaranteed trade on the demo platform in Chromium at $width px', (viewport) => {
  it('the bank holds the payment until the shop confirms receipt of the shipped goods', async () => {
    const { page, seen, errors, settle } = await demo.openPage(viewport);
    const supplierBefore = await demo.settlement();
    const walletBefore = await demo.wallet('beibei');

    await demo.logIn(page, 'beibei');
    await demo.addToCart(page, 'diaper-l', 3); // 3 × ¥129.00
    const orderId = await demo.checkOut(page);
    const total = 3 * 12_900;

    // Pay with the wallet and the one-time code the bank "texted".
    const payButton = page.locator('xh-pay-button[state="ready"]');
    await payButton.waitFor();
    await payButton.locator('[part="pay"]').click();
    await page.locator('xh-pay-button[state="code"]').waitFor();
    const clientSecret = await page.locator('xh-pay-button').getAttribute('client-secret');
    const sessionId = clientSecret!.split('_secret_')[0]!;
    const { code } = await demo.xinghui.sandbox.retrieveVerificationCode(sessionId);
    await page.locator('xh-pay-button [part="code-input"]').fill(code);
    await page.locator('xh-pay-button [part="confirm"]').click();
    await page.locator('xh-pay-button[state="succeeded"]').waitFor();
    await page.locator('[data-paid]').waitFor();
    await settle();

    // Paid, and held by the bank: out of the wallet, not yet the supplier's.
    expect(walletBefore - (await demo.wallet('beibei'))).toBe(total);
    expect(await demo.settlement()).toBe(supplierBefore);
    const { payment: paymentId } = await demo.xinghui.checkoutSessions.retrieve(sessionId);
    const held = await demo.xinghui.payments.retrieve(paymentId!);
    expect(held.escrow).toMatchObject({ status: 'held', amount_held: { amount: total } });

    await page.locator('.site-nav').getByRole('link', { name: '我的订单' }).click();
    const order = page.locator(`[data-order="${orderId}"]`);
    await page.locator(`[data-order="${orderId}"][data-status="paid"]`).waitFor();
    await expect(order.locator('.status').textContent()).resolves.toBe('已付款 · 银行托管中');
    await expect(order.getByRole('button', { name: '确认收货' }).count()).resolves.toBe(0);
    await expectNoHorizontalScroll(page);
    await settle();

    // The supplier ships (the sandbox button plays it): shipped, with its waybill and the day
    // the bank will confirm receipt by itself; still not the supplier's money.
    await order.getByRole('button', { name: '模拟供应商发货' }).click();
    await page.locator(`[data-order="${orderId}"][data-status="shipped"]`).waitFor();
    const note = page.locator('[data-orders-note]');
    await expect(note.getAttribute('aria-live')).resolves.toBe('polite');
    await expect(note.textContent()).resolves.toBe(`订单 ${orderId} 已发货`);
    const shipped = await demo.xinghui.payments.retrieve(paymentId!);
    expect(shipped.escrow).toMatchObject({ status: 'shipped', shipment: { carrier: '顺丰速运' } });
    const { tracking_number } = shipped.escrow!.shipment!;
    await expect(order.locator('.status').textContent()).resolves.toBe('已发货');
    await expect(order.locator('[data-tracking]').textContent()).resolves.toBe(tracking_number);
    await expect(order.locator('[data-shipment]').textContent()).resolves.toContain('顺丰速运');
    const autoRelease = new Intl.DateTimeFormat('zh-CN', {
      dateStyle: 'long',
      timeZone: 'Asia/Shanghai',
    }).format(new Date(shipped.escrow!.auto_release_at! * 1000));
    await expect(order.locator('[data-auto-release]').textContent()).resolves.toContain(
      `${autoRelease}自动确认收货`,
    );
    // Focus stays with the order: on its next step.
    const confirm = order.getByRole('button', { name: '确认收货' });
    await expect(confirm.evaluate((button) => button === document.activeElement)).resolves.toBe(
      true,
    );
    expect(await demo.settlement()).toBe(supplierBefore);
    await expectNoHorizontalScroll(page);
    await settle();

    // 确认收货 is the shop's act: the bank's component states what it releases to whom, and the
    // shop confirms with the code the bank texts it. Cancelling changes nothing.
    const { business_name: supplierName } = await demo.xinghui.suppliers.retrieve(
      demo.parties.supplierId,
    );
    await confirm.click();
    const wallet = order.locator('xh-credit-wallet[state="receipt"]');
    await wallet.waitFor();
    const stated = wallet.locator('[part="receipt-summary"]');
    await expect(stated.textContent()).resolves.toContain(
      formatMoney({ amount: total, currency: 'CNY' }),
    );
    await expect(stated.textContent()).resolves.toContain(supplierName);
    await expect(stated.textContent()).resolves.toContain(autoRelease);
    await expectAccessible(page, 'confirm receipt');
    await wallet.getByRole('button', { name: '返回', exact: true }).click();
    await expect(order.locator('xh-credit-wallet').count()).resolves.toBe(0);
    expect(await demo.settlement()).toBe(supplierBefore);

    await confirm.click();
    await order.locator('xh-credit-wallet[state="receipt"]').waitFor();
    await order.locator('[part="get-receipt-code"]').click();
    await order.locator('xh-credit-wallet[state="code"]').waitFor();
    // The code step restates the amount and the supplier; the sandbox panel sits by the field.
    const summary = order.locator('[part="confirm-summary"]');
    await expect(summary.textContent()).resolves.toContain(supplierName);
    await expectNoHorizontalScroll(page);
    const walletSecret = await order.locator('xh-credit-wallet').getAttribute('client-secret');
    const receiptCode = await demo.xinghui.sandbox.retrieveVerificationCode(
      walletSecret!.split('_secret_')[0]!,
    );
    await page.locator('[data-sandbox-code]').filter({ hasText: receiptCode.code }).waitFor();
    await expectAccessible(page, 'the receipt code step');
    await order.locator('[part="code-input"]').fill(receiptCode.code);
    await order.locator('[part="confirm"]').click();
    await page.locator(`[data-order="${orderId}"] xh-credit-wallet[state="received"]`).waitFor();
    await page.locator(`[data-order="${orderId}"][data-status="completed"]`).waitFor();
    await expect(order.locator('.status').textContent()).resolves.toBe(
      '已确认收货 · 货款已付给供应商',
    );
    await expect(note.textContent()).resolves.toContain('已确认收货');
    await expect(order.locator('[part="receipt"]').textContent()).resolves.toContain(paymentId!);
    await expectNoHorizontalScroll(page);
    await expectAccessible(page, 'received');
    await settle();
    expect((await demo.settlement()) - supplierBefore).toBe(total);
    expect((await demo.xinghui.payments.retrieve(paymentId!)).escrow).toMatchObject({
      status: 'released',
      released_by: 'shop',
      amount_released: { amount: total },
    });
    // Back from the outcome: the component leaves, the order says the rest.
    await order.getByRole('button', { name: '返回账户' }).click();
    await expect(order.locator('xh-credit-wallet').count()).resolves.toBe(0);
    await expect(order.getByRole('button').count()).resolves.toBe(0);
    await expect(order.textContent()).resolves.toContain(
      formatMoney({ amount: total, currency: 'CNY' }),
    );
    await expectNoHorizontalScroll(page);

    // A reload reads the same from the bank.
    await page.reload();
    await page.locator(`[data-order="${orderId}"][data-status="completed"]`).waitFor();
    await settle();

    expect((await demo.xinghui.sandbox.verifyLedger()).ok).toBe(true);
    demo.expectNoSecretKey(seen);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 90_000);
});
