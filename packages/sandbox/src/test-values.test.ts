/**
 * The test values' rules on their own (engine/core/test-values.ts), and the one that a test
 * through the API could not catch by chance: a code the bank sent that happens to be 000000
 * is still refused (tests/node/sandbox-test-values.test.ts reaches every value end to end).
 */
import { describe, expect, it } from 'vitest';
import {
  ALWAYS_WRONG_CODE,
  decisionDelaySeconds,
  testWebhookStatus,
  walletFailureFor,
} from './engine/core/test-values.js';
import type { VerificationCodeRecord } from './engine/core/records.js';
import { createSandbox } from './sandbox.js';
import { expectError, world } from './testing/harness.js';

describe('test values', () => {
  it('fail a wallet payment for the three test amounts only', () => {
    expect([66_600, 66_601, 66_602, 66_603, 66_604].map(walletFailureFor)).toEqual([
      undefined,
      'insufficient_balance',
      'wallet_frozen',
      'payment_declined',
      undefined,
    ]);
  });

  it('answer a webhook with the status in the path of the test host only', () => {
    expect(testWebhookStatus('http://webhooks.xinghui.test/status/500')).toBe(500);
    expect(testWebhookStatus('https://webhooks.xinghui.test/status/204')).toBe(204);
    expect(testWebhookStatus('https://webhooks.xinghui.test/other')).toBe(404);
    expect(testWebhookStatus('https://webhooks.xinghui.test/status/600')).toBe(404);
    expect(testWebhookStatus('https://platform.example/status/500')).toBeUndefined();
    expect(testWebhookStatus('https://webhooks.xinghui.test.example/status/500')).toBeUndefined();
  });

  it('delay a credit decision by 1 to 30 seconds', () => {
    expect(decisionDelaySeconds('贝贝 [delay:5s]')).toBe(5);
    expect(decisionDelaySeconds('贝贝 [DELAY:30s] [approve]')).toBe(30);
    expect(decisionDelaySeconds('贝贝 [delay:31s]')).toBeUndefined();
    expect(decisionDelaySeconds('贝贝 [delay:0s]')).toBeUndefined();
    expect(decisionDelaySeconds('贝贝 [delay:5]')).toBeUndefined();
    expect(decisionDelaySeconds('贝贝')).toBeUndefined();
  });

  it('refuse 000000 even when it is the code that was sent', async () => {
    const { app, bank } = createSandbox();
    const w = await world(app);
    await w.page.post('/v1/client/checkout_session/verification_codes');
    const [record] = bank.store.find<VerificationCodeRecord>('verification_codes', {
      where: { partner: w.partner.id },
    });
    bank.store.update('verification_codes', { ...record!, code: ALWAYS_WRONG_CODE });
    const reply = await w.page.post('/v1/client/checkout_session/confirm', {
      payment_method: 'wallet',
      verification_code: ALWAYS_WRONG_CODE,
    });
    expectError(reply, 'verification_code_invalid', 'verification_code');
  });
});
