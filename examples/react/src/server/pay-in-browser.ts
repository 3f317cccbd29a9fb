import type { Xinghui } from '@xinghui/sdk/server';
import type { Page } from 'playwright-core';

/**
 * What a shop owner does at the example's checkout: waits for `<xh-pay-button>`, pays, types the
 * one-time code the bank "texted" (read here with the secret key) and waits for success.
 * Returns the checkout session's id.
 */
export async function payInBrowser(page: Page, url: string, xinghui: Xinghui): Promise<string> {
  const checkout = page.waitForResponse((response) => response.url().endsWith('/api/checkout'));
  await page.goto(url);
  const { sessionId } = (await (await checkout).json()) as { sessionId: string };
  const cashier = page.locator('xh-pay-button');
  await page.locator('xh-pay-button[state="ready"]').waitFor();
  await cashier.locator('[part="pay"]').click();
  await page.locator('xh-pay-button[state="code"]').waitFor();
  const { code } = await xinghui.sandbox.retrieveVerificationCode(sessionId);
  await cashier.locator('[part="code-input"]').fill(code);
  await cashier.locator('[part="confirm"]').click();
  await page.locator('xh-pay-button[state="succeeded"]').waitFor();
  return sessionId;
}
