// The demo's mini-program page end to end: examples/platform's webview.html, the page a
// mini-program opens in its <web-view>, on a 375 px phone with WeChat's user agent and touch, and
// a fake `wx.miniProgram` where WeChat's JS-SDK would put it. It pays an order through
// <xh-pay-button> from the wallet and on 星辉贷, each with the one-time code, against a real
// sandbox bank, and checks what a <web-view> needs: no new window, nothing wider than the phone,
// a code field the phone keyboard fills and a confirm button still on screen above that
// keyboard, and the result handed back to the mini-program.
import type { BrowserContextOptions, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoHorizontalScroll, useDemo } from './demo-harness.js';

const demo = useDemo();

/** A phone in a mini-program's <web-view>: WeChat's Android user agent ends in `miniProgram/<appid>`. */
const WEB_VIEW: BrowserContextOptions = {
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
  userAgent:
    'Mozilla/5.0 (Linux; Android 14; V2309A Build/UP1A.231005.007; wv) AppleWebKit/537.36 ' +
    '(KHTML, like Gecko) Version/4.0 Chrome/130.0.6723.103 Mobile Safari/537.36 XWEB/1300289 ' +
    'MMWEBSDK/20241103 MicroMessenger/8.0.54.2760(0x28003636) WeChat/arm64 Weixin NetType/WIFI ' +
    'Language/zh_CN ABI/arm64 miniProgram/wx0123456789abcdef',
};
const PHONE = { width: 375, height: 667 };
/** The same phone with its keyboard up: the <web-view> above it is this high. */
const WITH_KEYBOARD = { width: 375, height: 400 };

/** Installed before any page script: a window.open spy, and the JS-SDK's `wx.miniProgram`. */
function fakeWebView(): void {
  const calls: unknown[][] = [];
  Object.assign(window, {
    __calls: calls,
    open: (...args: unknown[]) => {
      calls.push(['window.open', ...args.map(String)]);
      return null;
    },
    wx: {
      miniProgram: {
        getEnv: (callback: (env: { miniprogram: boolean }) => void) =>
          setTimeout(() => callback({ miniprogram: true })),
        postMessage: (message: unknown) => calls.push(['postMessage', message]),
        navigateBack: () => calls.push(['navigateBack']),
      },
    },
  });
}

/** What the page called: window.open, and the bridge's postMessage and navigateBack. */
const callsOf = (page: Page) =>
  page.evaluate(() => (window as unknown as { __calls: unknown[][] }).__calls);

/**
 * Nothing in the document or in any shadow root would open a new window: no `target` other than
 * `_self`, no inline handler calling `open(`. Returns how many shadow roots it looked in.
 */
async function expectNoNewWindowMarkup(page: Page): Promise<number> {
  const { offending, shadowRoots } = await page.evaluate(() => {
    const roots: (Document | ShadowRoot)[] = [document];
    const offending: string[] = [];
    for (let i = 0; i < roots.length; i++) {
      for (const element of roots[i]!.querySelectorAll('*')) {
        if (element.shadowRoot) roots.push(element.shadowRoot);
        const target = element.getAttribute('target');
        const inline = [...element.attributes].some(
          (attribute) => attribute.name.startsWith('on') && attribute.value.includes('open('),
        );
        if ((target !== null && target !== '_self') || inline) offending.push(element.outerHTML);
      }
    }
    return { offending, shadowRoots: roots.length - 1 };
  });
  expect(offending).toEqual([]);
  return shadowRoots;
}

/** The element's box lies inside the viewport, whole. */
async function expectOnScreen(page: Page, element: Locator): Promise<void> {
  const box = (await element.boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
}

/** Waits for the page's next frame: resize and focus handlers have run by then. */
const nextFrame = (page: Page) =>
  page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));

/** Logs the shop in, places an order as the mini-program would (its backend, not a page), opens the <web-view> page. */
async function openWebView(page: Page, productId: string): Promise<string> {
  await demo.logIn(page, 'beibei');
  const placed = await page.request.post(`${demo.site.url}/api/checkout`, {
    data: { lines: [{ product_id: productId, quantity: 1 }] },
  });
  expect(placed.status()).toBe(201);
  const { orderId } = (await placed.json()) as { orderId: string };
  await page.goto(`${demo.site.url}/webview.html?order=${orderId}`);
  return orderId;
}

/**
 * From the pay button to the bank's answer: the code field takes focus with the numeric keyboard's
 * attributes, the keyboard comes up (the viewport shrinks) and the field and the confirm button
 * stay on screen, and the code is confirmed with the keyboard's Enter.
 */
async function confirmWithKeyboard(page: Page, cashier: Locator): Promise<string> {
  await cashier.locator('[part="pay"]').click();
  await page.locator('xh-pay-button[state="code"]').waitFor();
  const input = cashier.locator('[part="code-input"]');
  await expect(input.getAttribute('inputmode')).resolves.toBe('numeric');
  await expect(input.getAttribute('autocomplete')).resolves.toBe('one-time-code');
  await expect(input.getAttribute('enterkeyhint')).resolves.toBe('done');
  await expect(
    input.evaluate((field) => field === (field.getRootNode() as ShadowRoot).activeElement),
  ).resolves.toBe(true);
  await nextFrame(page);
  await expectOnScreen(page, cashier.locator('[part="confirm"]'));
  await expectNoHorizontalScroll(page);

  await page.setViewportSize(WITH_KEYBOARD);
  await nextFrame(page);
  await expectOnScreen(page, input);
  await expectOnScreen(page, cashier.locator('[part="confirm"]'));
  await expectNoHorizontalScroll(page);

  const sessionId = (await cashier.getAttribute('client-secret'))!.split('_secret_')[0]!;
  const { code } = await demo.xinghui.sandbox.retrieveVerificationCode(sessionId);
  await input.fill(code);
  await input.press('Enter');
  await page.setViewportSize(PHONE); // the keyboard goes down
  return sessionId;
}

/** The mini-program got the bank's result, then the page went back to it; nothing opened a window. */
async function expectHandedBack(page: Page, orderId: string, sessionId: string): Promise<void> {
  const { payment } = await demo.xinghui.checkoutSessions.retrieve(sessionId);
  expect(payment).toMatch(/^pay_/);
  await expect.poll(() => callsOf(page)).toHaveLength(2);
  expect(await callsOf(page)).toEqual([
    ['postMessage', { data: { type: 'payment', status: 'paid', order: orderId, payment } }],
    ['navigateBack'],
  ]);
}

describe('the mini-program page (webview.html) in a 375 px WeChat <web-view>', () => {
  it('pays from the wallet with the code on the phone keyboard, hands the result back, and shows it in a plain browser', async () => {
    const { page, seen, errors, settle } = await demo.openPage(PHONE, WEB_VIEW);
    await page.context().addInitScript(fakeWebView);
    const popups: string[] = [];
    page.context().on('page', (popup) => popups.push(popup.url()));
    const walletBefore = await demo.wallet('beibei');

    const orderId = await openWebView(page, 'diaper-l'); // ¥129.00
    const cashier = page.locator('xh-pay-button');
    await page.locator('xh-pay-button[state="ready"]').waitFor();
    await expect(cashier.locator('[part="amount"]').textContent()).resolves.toBe('¥129.00');
    await expectNoHorizontalScroll(page);
    expect(await expectNoNewWindowMarkup(page)).toBeGreaterThan(0);

    await cashier.locator('[part="method"][value="wallet"]').check();
    const sessionId = await confirmWithKeyboard(page, cashier);
    await page.locator('xh-pay-button[state="succeeded"]').waitFor();
    await expectNoHorizontalScroll(page);
    await expectNoNewWindowMarkup(page);
    await expectHandedBack(page, orderId, sessionId);

    expect(walletBefore - (await demo.wallet('beibei'))).toBe(12_900);
    expect(popups).toEqual([]);
    await settle();
    demo.expectNoSecretKey(seen);
    expect(errors).toEqual([]);
    await page.context().close();

    // The same page in a plain phone browser (no wx.miniProgram) says the result itself.
    const plain = await demo.openPage(PHONE, { isMobile: true, hasTouch: true });
    await demo.logIn(plain.page, 'beibei');
    await plain.page.goto(`${demo.site.url}/webview.html?order=${orderId}`);
    const { payment } = await demo.xinghui.checkoutSessions.retrieve(sessionId);
    await expect(plain.page.locator('[data-paid]').textContent()).resolves.toContain(payment!);
    await expect(plain.page.locator('xh-pay-button').count()).resolves.toBe(0);
    await plain.page.context().close();
  }, 90_000);

  it('pays on 星辉贷: terms, agreement and code at 375 px, no new window, the result handed back', async () => {
    const { page, seen, errors, settle } = await demo.openPage(PHONE, WEB_VIEW);
    await page.context().addInitScript(fakeWebView);
    const popups: string[] = [];
    page.context().on('page', (popup) => popups.push(popup.url()));

    const orderId = await openWebView(page, 'bodysuit-3'); // ¥690.00
    const cashier = page.locator('xh-pay-button');
    await page.locator('xh-pay-button[state="ready"]').waitFor();
    await cashier.locator('[part="method"][value="credit"]').check();
    await cashier.locator('[part="term"]').first().check();
    await expectNoHorizontalScroll(page);
    await expectNoNewWindowMarkup(page);
    // The agreement opens in the page (a <details>), never in a new window.
    await cashier.locator('[part="agreement"] summary').first().click();
    await expectNoHorizontalScroll(page);
    await expectNoNewWindowMarkup(page);
    await cashier.locator('[part="agreement-checkbox"]').check();

    const sessionId = await confirmWithKeyboard(page, cashier);
    await page.locator('xh-pay-button[state="succeeded"]').waitFor();
    await expect(cashier.locator('[part="receipt"]').textContent()).resolves.toContain('星辉贷');
    await expectNoHorizontalScroll(page);
    await expectNoNewWindowMarkup(page);
    await expectHandedBack(page, orderId, sessionId);

    expect(popups).toEqual([]);
    expect((await demo.xinghui.sandbox.verifyLedger()).ok).toBe(true);
    await settle();
    demo.expectNoSecretKey(seen);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 90_000);
});
