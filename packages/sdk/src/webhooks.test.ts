import { createHmac } from 'node:crypto';
import { WebhookSignatureError } from '@xinghui/contract';
import type { CheckoutSession, Event, Payment, Refund } from '@xinghui/contract';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { XinghuiSchemaError } from './errors/index.js';
import { Webhooks } from './webhooks.js';
import { paymentSucceededEvent } from './testing/fixtures.js';

const webhooks = new Webhooks();
const secret = 'whsec_test_0123456789abcdef';
const payload = JSON.stringify(paymentSucceededEvent());
const now = () => Math.floor(Date.now() / 1000);

function problemOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof WebhookSignatureError ? error.problem : `other: ${String(error)}`;
  }
  return undefined;
}

describe('webhooks.constructEvent', () => {
  it('returns the typed event for a header the bank would send', async () => {
    const header = await webhooks.generateTestHeader({ payload, secret });
    const event = webhooks.constructEvent(payload, header, secret);
    expect(event.type).toBe('payment.succeeded');
    if (event.type === 'payment.succeeded') expect(event.data.object.amount.amount).toBe(25_800);
  });

  it('accepts the raw body as bytes, and a header Node gives as an array', async () => {
    const header = await webhooks.generateTestHeader({ payload, secret });
    const event = webhooks.constructEvent(Buffer.from(payload), [header], secret);
    expect(event.id).toBe('evt_a1B2c3D4e5F6g7H8');
  });

  it('verifies a header signed independently with HMAC-SHA256 of "t.body"', () => {
    const t = now();
    const hex = createHmac('sha256', secret).update(`${t}.${payload}`).digest('hex');
    expect(webhooks.constructEvent(payload, `t=${t},v1=${hex}`, secret).id).toBe(
      'evt_a1B2c3D4e5F6g7H8',
    );
  });

  it('rejects a tampered body, a wrong secret, a stale or missing header', async () => {
    const header = await webhooks.generateTestHeader({ payload, secret });
    expect(
      problemOf(() => webhooks.constructEvent(payload.replace('25800', '99999'), header, secret)),
    ).toBe('signature_mismatch');
    expect(problemOf(() => webhooks.constructEvent(payload, header, 'whsec_other'))).toBe(
      'signature_mismatch',
    );
    const stale = await webhooks.generateTestHeader({ payload, secret, timestamp: now() - 301 });
    expect(problemOf(() => webhooks.constructEvent(payload, stale, secret))).toBe(
      'timestamp_outside_tolerance',
    );
    expect(
      problemOf(() => webhooks.constructEvent(payload, stale, secret, { toleranceSeconds: 600 })),
    ).toBeUndefined();
    expect(problemOf(() => webhooks.constructEvent(payload, undefined, secret))).toBe(
      'header_missing',
    );
    expect(problemOf(() => webhooks.constructEvent(payload, 't=abc', secret))).toBe(
      'header_malformed',
    );
  });

  it('verifies during a secret rotation, when two signatures are sent', async () => {
    const header = await webhooks.generateTestHeader({
      payload,
      secret: ['whsec_old', 'whsec_new'],
    });
    expect(webhooks.constructEvent(payload, header, 'whsec_old').type).toBe('payment.succeeded');
    expect(webhooks.constructEvent(payload, header, 'whsec_new').type).toBe('payment.succeeded');
  });

  it('refuses a correctly signed body that is not an event', async () => {
    const body = JSON.stringify({ hello: 'world' });
    const header = await webhooks.generateTestHeader({ payload: body, secret });
    expect(() => webhooks.constructEvent(body, header, secret)).toThrow(XinghuiSchemaError);
  });
});

describe('the events constructEvent returns', () => {
  it('narrow by type to the right data (checked by the type checker)', async () => {
    const header = await webhooks.generateTestHeader({ payload, secret });
    const event = webhooks.constructEvent(payload, header, secret);
    expectTypeOf(event).toEqualTypeOf<Event>();
    expectTypeOf(webhooks.constructEventAsync).returns.resolves.toEqualTypeOf<Event>();
    switch (event.type) {
      case 'payment.succeeded':
        expectTypeOf(event.data.object).toEqualTypeOf<Payment>();
        break;
      case 'payment.refunded':
        expectTypeOf(event.data.object).toEqualTypeOf<Refund>();
        break;
      case 'checkout_session.completed':
        expectTypeOf(event.data.object).toEqualTypeOf<CheckoutSession>();
        // @ts-expect-error a checkout session has no `refunded` amount
        void event.data.object.amount_refunded;
        break;
      default:
        expectTypeOf(event.type).not.toEqualTypeOf<'payment.succeeded'>();
    }
    expect(event.type).toBe('payment.succeeded');
  });
});

describe('webhooks.generateTestHeader', () => {
  it('signs at a given time, with one v1 per secret', async () => {
    const header = await webhooks.generateTestHeader({ payload, secret, timestamp: 1_764_300_000 });
    const hex = createHmac('sha256', secret).update(`1764300000.${payload}`).digest('hex');
    expect(header).toBe(`t=1764300000,v1=${hex}`);
    const rotating = await webhooks.generateTestHeader({ payload, secret: [secret, 'whsec_b'] });
    expect(rotating.match(/v1=[0-9a-f]{64}/g)).toHaveLength(2);
  });
});

describe('webhooks.constructEventAsync (WebCrypto)', () => {
  it('refuses what the synchronous check refuses, with the same typed error', async () => {
    const header = await webhooks.generateTestHeader({ payload, secret });
    const stale = await webhooks.generateTestHeader({ payload, secret, timestamp: now() - 301 });
    const cases: [() => Promise<unknown>, string][] = [
      [
        () => webhooks.constructEventAsync(payload.replace('25800', '1'), header, secret),
        'signature_mismatch',
      ],
      [() => webhooks.constructEventAsync(payload, header, 'whsec_other'), 'signature_mismatch'],
      [() => webhooks.constructEventAsync(payload, stale, secret), 'timestamp_outside_tolerance'],
      [() => webhooks.constructEventAsync(payload, null, secret), 'header_missing'],
    ];
    for (const [attempt, problem] of cases) {
      const error = await attempt().then(
        () => undefined,
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(WebhookSignatureError);
      expect((error as WebhookSignatureError).problem).toBe(problem);
    }
    await expect(
      webhooks.constructEventAsync(payload, stale, secret, { toleranceSeconds: 600 }),
    ).resolves.toMatchObject({ id: 'evt_a1B2c3D4e5F6g7H8' });
  });

  it('accepts a rotation header with either secret', async () => {
    const header = await webhooks.generateTestHeader({
      payload,
      secret: ['whsec_old', 'whsec_new'],
    });
    for (const key of ['whsec_old', 'whsec_new']) {
      await expect(webhooks.constructEventAsync(payload, header, key)).resolves.toMatchObject({
        type: 'payment.succeeded',
      });
    }
    await expect(webhooks.constructEventAsync(payload, header, 'whsec_third')).rejects.toThrow(
      WebhookSignatureError,
    );
  });

  it('agrees with the synchronous check', async () => {
    const header = await webhooks.generateTestHeader({ payload, secret });
    await expect(webhooks.constructEventAsync(payload, header, secret)).resolves.toMatchObject({
      type: 'payment.succeeded',
    });
    await expect(
      webhooks.constructEventAsync(payload, header, 'whsec_other'),
    ).rejects.toMatchObject({
      problem: 'signature_mismatch',
    });
  });
});
