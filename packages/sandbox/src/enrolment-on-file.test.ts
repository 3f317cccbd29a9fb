/**
 * Enrolment in one tap where the bank already knows the shop (issue 15, finding 5): the page
 * sees the shop's details masked, the shop confirms them, and applies without typing them; the
 * bank decides on the shop it holds. A typed identity is still checked, and half of one refused.
 */
import type { ClientCheckoutSession, CreditApplication } from '@xinghui/contract';
import { describe, expect, it } from 'vitest';
import { createSandbox } from './sandbox.js';
import { expectError, SHOP, world } from './testing/harness.js';

const { app } = createSandbox();

const CONSENT = { type: 'credit_query', template_version: '2026-11-01', locale: 'zh-CN' };
const TYPED = {
  business_name: SHOP.business_name,
  credit_code: SHOP.credit_code,
  owner_name: SHOP.owner_name,
  phone: SHOP.phone,
};

describe('the checkout session as its page sees the shop', () => {
  it('shows the registered details masked: credit code, owner, phone; never in full', async () => {
    const { page } = await world(app);
    const read = await page.get<ClientCheckoutSession>('/v1/client/checkout_session');
    expect(read.status, read.text).toBe(200);
    expect(SHOP).toMatchObject({ credit_code: '91440300708461136T', owner_name: '林晓梅' });
    expect(read.body.buyer).toMatchObject({
      business_name: SHOP.business_name,
      credit_code_masked: '9144**********136T',
      owner_name_masked: '林*梅',
      phone_masked: '138****8000',
    });
    expect(read.text).not.toContain(SHOP.credit_code);
    expect(read.text).not.toContain(SHOP.owner_name);
    expect(read.text).not.toContain(SHOP.phone);
  });
});

describe('a credit application from the checkout page', () => {
  it('applies on the details on file when none are typed', async () => {
    const { page, shop } = await world(app);
    expect((await page.post('/v1/client/consents', CONSENT)).status).toBe(200);
    const applied = await page.post<CreditApplication>('/v1/client/credit_applications', {
      months_trading: 24,
    });
    expect(applied.status, applied.text).toBe(200);
    expect(applied.body).toMatchObject({ buyer: shop.id, months_trading: 24 });
    expect(applied.body.reasons.map((reason) => reason.code)).not.toContain('identity_mismatch');
  });

  it('still checks details typed in full: a mismatch is declined with what to fix', async () => {
    const { page } = await world(app);
    expect((await page.post('/v1/client/consents', CONSENT)).status).toBe(200);
    const applied = await page.post<CreditApplication>('/v1/client/credit_applications', {
      ...TYPED,
      owner_name: '林晓',
      months_trading: 24,
    });
    expect(applied.status, applied.text).toBe(200);
    expect(applied.body).toMatchObject({ status: 'declined', credit_line: null });
    expect(applied.body.reasons.map((reason) => reason.code)).toEqual(['identity_mismatch']);
  });

  it('refuses some identity fields without the others, and writes nothing', async () => {
    const { page, server, shop } = await world(app);
    expect((await page.post('/v1/client/consents', CONSENT)).status).toBe(200);
    expectError(
      await page.post('/v1/client/credit_applications', {
        credit_code: SHOP.credit_code,
        months_trading: 24,
      }),
      'parameter_invalid',
    );
    const lines = await server.get<{ data: unknown[] }>(`/v1/credit_lines?buyer=${shop.id}`);
    expect(lines.body.data).toEqual([]);
  });
});
