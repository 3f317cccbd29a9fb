/**
 * What the log never holds whole (issue 11, finding 6): secret keys, client secrets and phone
 * numbers, wherever they appear, paths and query strings included. One-time codes stay: the
 * sandbox's log is the documented way to read them.
 */
import { describe, expect, it } from 'vitest';
import { jsonLogger, maskPersonalData } from './logger.js';
import { createSandbox } from './sandbox.js';
import { SHOP, codeFor, world } from './testing/harness.js';

describe('the log', () => {
  it('masks keys, secrets and phones in paths and query strings, and keeps the code', async () => {
    const lines: string[] = [];
    const sandbox = createSandbox({ log: jsonLogger((line) => lines.push(line)) });
    try {
      const w = await world(sandbox.app, { checkLedger: false });
      const secret = w.partner.secret_key;
      const clientSecret = w.session.client_secret;
      await sandbox.app.request(`/v1/buyers/${secret}?key=${secret}`);
      await sandbox.app.request(
        `/v1/buyers/${SHOP.phone}?phone=%2B86${SHOP.phone}&secret=${clientSecret}`,
      );
      await sandbox.app.request(`/v1/wallets/buy_${SHOP.phone}x/${clientSecret}`);
      await w.page.post('/v1/client/checkout_session/verification_codes');
      const code = await codeFor(w.server, w.session.id);

      const log = lines.join('');
      expect(log).not.toContain(secret);
      expect(log).not.toContain(clientSecret.split('_secret_')[1]);
      expect(log).not.toContain(SHOP.phone);
      expect(log).toContain(`sk_test_…${secret.slice(-4)}`);
      expect(log).toContain(`${w.session.id}_secret_…`);
      expect(log).toContain('138****8000');
      expect(log).toContain(`"code":"${code}"`);
      // The query string is logged, masked, so a request can be told apart.
      expect(log).toContain(`"query":"?key=sk_test_…${secret.slice(-4)}"`);
    } finally {
      sandbox.close();
    }
  });

  it('masks every way a mobile number is written, and nothing that only looks like one', () => {
    const cases: [string, string][] = [
      ['13800138000', '138****8000'],
      ['+8613800138000', '+86138****8000'],
      ['%2B8613800138000', '%2B86138****8000'],
      ['138-0013-8000', '138-****-8000'],
      ['138 0013 8000', '138 **** 8000'],
      ['phone13800138000', 'phone138****8000'],
      ['1764651234567', '1764651234567'],
      ['123456', '123456'],
      ['sk_live_abcdefghijklmnopqrstuvwxyz', 'sk_live_…wxyz'],
      ['x_sk_test_abcdefghijklmnop', 'x_sk_test_…mnop'],
    ];
    for (const [text, masked] of cases) {
      expect(maskPersonalData({ msg: text }).msg, text).toBe(masked);
    }
  });
});
