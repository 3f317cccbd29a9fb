// The credit-only purchase end to end, in Chromium on the demo platform, at 1280 and 375 px: a
// shop with no 星辉贷 line goes from the cashier to credit.html?order=…, where
// <xh-one-click-loan> shows its details as the platform registered them (masked), it confirms
// and consents in one tap, sees the new line (limit, APR, validity, terms) before its first loan,
// borrows on the term it chose with that term's own agreement, and sees the credit left, fresh,
// on the success screen and in "my credit". The bank's books are checked at each step.
import { formatMoney } from '@xinghui/sdk';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, expectNoHorizontalScroll, useDemo } from './demo-harness.js';

const demo = useDemo();
const cny = (amount: number) => formatMoney({ amount, currency: 'CNY' });
const squeeze = (text: string | null) => (text ?? '').replace(/\s+/g, '');

/** The shop's credit code and owner as the page may see them: masked. */
async function registered(shop: string) {
  const { buyerId } = demo.parties.shops.find((s) => s.key === shop)!;
  return demo.xinghui.buyers.retrieve(buyerId);
}

async function enrolAndBorrow(page: Page, shop: string, productId: string, quantity: number) {
  const supplierBefore = await demo.settlement();
  const walletBefore = await demo.wallet(shop);
  const buyer = await registered(shop);

  await demo.logIn(page, shop);
  await demo.addToCart(page, productId, quantity);
  const orderId = await demo.checkOut(page);

  // The cashier alone on the checkout; no line yet, so it offers 星辉贷 on its own page.
  await page.locator('xh-pay-button[state="ready"], xh-pay-button[state="insufficient"]').waitFor();
  await expect(page.locator('xh-one-click-loan').count()).resolves.toBe(0);
  await page.locator('[data-switch]').click();
  await page.waitForURL(/\/credit\.html\?order=ord_/);
  expect(new URL(page.url()).searchParams.get('order')).toBe(orderId);
  await expect(page.locator('xh-pay-button').count()).resolves.toBe(0);
  await expect(page.locator('xh-credit-wallet').count()).resolves.toBe(0);

  // Pre-filled from the buyer the platform created, masked: the page never sees more.
  const loan = page.locator('xh-one-click-loan');
  await page.locator('xh-one-click-loan[state="enrol"]').waitFor();
  const onFile = squeeze(await loan.locator('[part="on-file"]').textContent());
  expect(onFile).toContain(buyer.business_name);
  expect(onFile).toContain(
    `${buyer.credit_code.slice(0, 4)}**********${buyer.credit_code.slice(-4)}`,
  );
  expect(onFile).toContain(`${buyer.phone.slice(0, 3)}****${buyer.phone.slice(7)}`);
  expect(onFile).not.toContain(buyer.credit_code);
  expect(onFile).not.toContain(buyer.owner_name);
  await expectNoHorizontalScroll(page);
  await expectAccessible(page, 'enrol');
  await loan.locator('#months-trading').fill('36');
  await loan.locator('#consent-credit_query').check();
  await loan.locator('#consent-data_sharing').check();
  await loan.locator('[part="apply"]').click();

  // Approved: the new line before the first loan.
  await page.locator('xh-one-click-loan[state="approved"]').waitFor();
  const [line] = (await demo.xinghui.creditLines.list({ buyer: buyer.id, limit: 1 })).data;
  expect(line).toBeDefined();
  const summary = squeeze(await loan.locator('[part="line-summary"]').textContent());
  expect(summary).toContain(`授信额度${cny(line!.limit.amount)}`);
  expect(summary).toMatch(/年化利率\d+(\.\d+)?%/);
  expect(summary).toMatch(/额度有效期至\d{4}年\d+月\d+日/);
  expect(summary).toContain('随借随还');
  await expectNoHorizontalScroll(page);
  await expectAccessible(page, 'approved');
  await loan.locator('[part="continue"]').click();

  // Every figure before the commitment, and the agreement of the term chosen.
  await page.locator('xh-one-click-loan[state="offers"]').waitFor();
  await loan.locator('[part="term"][value="equal_installment:3"]').check();
  const agreement = loan.locator('[part="agreement"]');
  await agreement.filter({ hasText: '等额本息' }).waitFor();
  await expect(agreement.textContent()).resolves.toContain('第 3 期');
  const offer = squeeze(await loan.locator('[part="offer-summary"]').textContent());
  expect(offer).toMatch(/^年化利率/);
  expect(offer).toContain('应还总额');
  expect(offer).toContain('1.5倍');
  await expect(loan.locator('[part="schedule"] tbody tr').count()).resolves.toBe(3);
  await expect(loan.locator('[part="loan-payee"]').textContent()).resolves.toContain('托管');
  await expectNoHorizontalScroll(page);
  await expectAccessible(page, 'the credit terms');
  await loan.locator('[part="agreement-checkbox"]').check();
  await loan.locator('[part="borrow"]').click();

  // The code step restates the commitment, with the sandbox code beside the field.
  await page.locator('xh-one-click-loan[state="code"]').waitFor();
  const restated = squeeze(await loan.locator('[part="confirm-summary"]').textContent());
  expect(restated).toContain('付款方式星辉贷');
  expect(restated).toContain('还款方式等额本息·3期（月）');
  expect(restated).toContain('应还总额');
  const sessionId = (await loan.getAttribute('client-secret'))!.split('_secret_')[0]!;
  const { code } = await demo.xinghui.sandbox.retrieveVerificationCode(sessionId);
  await page.locator('[data-sandbox-code]').filter({ hasText: code }).waitFor();
  await expectAccessible(page, 'the code step');
  await loan.locator('[part="code-input"]').fill(code);
  await loan.locator('[part="confirm"]').click();
  await page.locator('xh-one-click-loan[state="succeeded"]').waitFor();
  await page.locator('[data-paid]').waitFor();

  // Fresh figures: the credit left, as the bank has it now; held in escrow, wallet untouched.
  const after = await demo.xinghui.creditLines.retrieve(line!.id);
  expect(after.available.amount).toBeLessThan(line!.limit.amount);
  const details = squeeze(await loan.locator('[part="loan-details"]').textContent());
  expect(details).toContain(`剩余可用额度${cny(after.available.amount)}`);
  expect(details).toMatch(/借据号loan_/);
  await expect(loan.locator('.outcome').textContent()).resolves.toContain('款项由银行托管');
  expect(await demo.settlement()).toBe(supplierBefore);
  expect(await demo.wallet(shop)).toBe(walletBefore);
  await expectNoHorizontalScroll(page);
  await expectAccessible(page, 'the receipt');

  // "My credit" shows the same figure.
  await page.locator('.site-nav').getByRole('link', { name: '我的额度' }).click();
  const wallet = page.locator('xh-credit-wallet');
  await page.locator('xh-credit-wallet[state="ready"]').waitFor();
  await expect(wallet.locator('[part="available"]').textContent()).resolves.toBe(
    cny(after.available.amount),
  );
  await expectAccessible(page, 'my credit');
  expect((await demo.xinghui.sandbox.verifyLedger()).ok).toBe(true);
}

describe('a credit-only purchase on the demo platform in Chromium', () => {
  it('at 1280 px: a new shop enrols on its details on file, sees its line, borrows on the term it chose', async () => {
    const { page, seen, errors, settle } = await demo.openPage({ width: 1280, height: 900 });
    await enrolAndBorrow(page, 'lele', 'formula-3', 2);
    await settle();
    demo.expectNoSecretKey(seen);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('on a 375 px phone: the same, nothing wider than the phone', async () => {
    const { page, seen, errors, settle } = await demo.openPage({ width: 375, height: 740 });
    await enrolAndBorrow(page, 'xiaoya', 'wipes-80', 1);
    await settle();
    demo.expectNoSecretKey(seen);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 120_000);
});
