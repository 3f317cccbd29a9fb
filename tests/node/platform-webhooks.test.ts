// The demo platform receives the bank's webhooks over real HTTP on 127.0.0.1: it registers its
// endpoint when it seeds, verifies each delivery's signature on the raw body, marks the order
// paid from the event, processes a duplicate delivery once, and learns from `escrow.released`
// that the bank's timer confirmed receipt.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createPlatform,
  servePlatform,
  type Platform,
  type RunningPlatform,
} from '@xinghui/example-platform';
import { createSandbox, MemoryStore, type Sandbox } from '@xinghui/sandbox';
import { startServer, type RunningServer } from '@xinghui/sandbox/node';
import { createClient } from '@xinghui/sdk';
import { Xinghui, createSandboxPartner, type Partner } from '@xinghui/sdk/server';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let sandbox: Sandbox;
let bank: RunningServer;
let partner: Partner;
let xinghui: Xinghui;
let platform: Platform;
let front: RunningPlatform;
/** Every webhook the bank delivered to the platform, and what the platform answered. */
const deliveries: { body: string; signature: string; status: number; answer: unknown }[] = [];

beforeAll(async () => {
  sandbox = createSandbox({ store: new MemoryStore() });
  bank = await startServer(sandbox.app, { port: 0 });
  partner = await createSandboxPartner({ baseUrl: bank.url });
  xinghui = new Xinghui({ secretKey: partner.secret_key, baseUrl: bank.url });
  const elementsFile = join(mkdtempSync(join(tmpdir(), 'xh-platform-')), 'xinghui-elements.js');
  writeFileSync(elementsFile, '');
  // The platform must know its own URL before it is created: serve a front that records the
  // deliveries and hands every request to the platform once it exists.
  front = await servePlatform(
    new Hono().all('*', async (c) => {
      const request = c.req.raw;
      if (!c.req.path.startsWith('/api/webhooks')) return platform.app.fetch(request);
      const body = await request.clone().text();
      const response = await platform.app.fetch(request);
      const answer: unknown = await response.clone().json();
      deliveries.push({
        body,
        signature: c.req.header('xinghui-signature') ?? '',
        status: response.status,
        answer,
      });
      return response;
    }),
    { port: 0 },
  );
  platform = createPlatform({
    bankUrl: bank.url,
    secretKey: partner.secret_key,
    publishableKey: partner.publishable_key,
    elementsFile,
    publicUrl: front.url,
  });
  await platform.seed();
});

afterAll(async () => {
  await front?.close();
  // The last test stops the bank itself.
  await bank?.close().catch(() => undefined);
  sandbox?.close();
});

async function call(path: string, init: RequestInit & { shop?: string } = {}) {
  const headers = new Headers(init.headers);
  if (init.shop) headers.set('cookie', `shop=${init.shop}`);
  const response = await platform.app.request(path, { ...init, headers });
  return {
    status: response.status,
    body: (await response.json()) as {
      error?: { code: string };
      [field: string]: unknown;
    },
  };
}

describe('the demo platform’s webhooks', () => {
  it('registers its endpoint at the bank when it seeds, and again on a restart', async () => {
    const url = `${front.url}/api/webhooks`;
    const events = [
      'checkout_session.completed',
      'payment.succeeded',
      'escrow.held',
      'escrow.released',
      'escrow.disputed',
      'escrow.refunded',
    ];
    const registered = async () =>
      (await xinghui.webhookEndpoints.list()).data.map((e) => [e.url, e.enabled_events]);
    expect(await registered()).toEqual([[url, events]]);

    // A restart over the endpoint an older demo registered (without the escrow events, and
    // here paused too) brings that same endpoint up to date.
    const [first] = (await xinghui.webhookEndpoints.list()).data;
    await xinghui.webhookEndpoints.update(first!.id, {
      enabled_events: ['checkout_session.completed', 'payment.succeeded'],
      disabled: true,
    });
    await platform.seed();
    expect(await registered()).toEqual([[url, events]]);
    const after = await xinghui.webhookEndpoints.retrieve(first!.id);
    expect(after.status).toBe('enabled');
  });

  it('marks an order paid from the webhooks, once per event, and refuses a bad signature', async () => {
    const placed = await call('/api/checkout', {
      method: 'POST',
      shop: 'beibei',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ lines: [{ product_id: 'formula-3', quantity: 1 }] }),
    });
    expect(placed.status).toBe(201);
    const { orderId, clientSecret } = placed.body as { orderId: string; clientSecret: string };
    const page = createClient({ publishableKey: partner.publishable_key, baseUrl: bank.url });
    await page.checkoutSessions.requestVerificationCode(clientSecret);
    const { code } = await xinghui.sandbox.retrieveVerificationCode(
      clientSecret.split('_secret_')[0]!,
    );
    await page.checkoutSessions.confirm(clientSecret, {
      payment_method: 'wallet',
      verification_code: code,
    });
    await sandbox.webhooks.idle();

    // The three events arrived and were processed.
    const types = deliveries.map((d) => (JSON.parse(d.body) as { type: string }).type);
    expect(types.sort()).toEqual([
      'checkout_session.completed',
      'escrow.held',
      'payment.succeeded',
    ]);
    expect(deliveries.map((d) => [d.status, d.answer])).toEqual([
      [200, { received: true }],
      [200, { received: true }],
      [200, { received: true }],
    ]);

    // The same delivery again (a retry after a lost answer): acknowledged, not processed twice.
    const [first] = deliveries;
    const again = await call('/api/webhooks', {
      method: 'POST',
      headers: { 'xinghui-signature': first!.signature, 'content-type': 'application/json' },
      body: first!.body,
    });
    expect(again).toEqual({ status: 200, body: { received: true, duplicate: true } });
    // And a re-send by the bank, with a fresh signature.
    const event = JSON.parse(first!.body) as { id: string };
    const [endpoint] = (await xinghui.webhookEndpoints.list()).data;
    await xinghui.webhookEndpoints.resendEvent(event.id, { webhook_endpoint: endpoint!.id });
    await sandbox.webhooks.idle();
    expect(deliveries.at(-1)).toMatchObject({ status: 200, answer: { duplicate: true } });

    // A body that is not what the bank signed, or no signature at all: 400, nothing done.
    for (const [body, signature] of [
      [first!.body.replace('"amount":', '"amount": '), first!.signature],
      [`${first!.body} `, first!.signature],
      [first!.body, undefined],
      [first!.body, 't=1,v1=00'],
    ] as const) {
      const refused = await call('/api/webhooks', {
        method: 'POST',
        headers: signature ? { 'xinghui-signature': signature } : {},
        body,
      });
      expect(refused.status).toBe(400);
      expect(refused.body.error?.code).toBe('signature_invalid');
    }

    expect(await call(`/api/orders/${orderId}`, { shop: 'beibei' })).toMatchObject({
      status: 200,
      body: { id: orderId, status: 'paid' },
    });
  });

  it('marks an order completed when the bank’s timer releases its escrow', async () => {
    const [paid] = (await call('/api/orders', { shop: 'beibei' })).body.data as { id: string }[];
    const shipped = await call(`/api/orders/${paid!.id}/ship`, {
      method: 'POST',
      shop: 'beibei',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ carrier: '顺丰速运', trackingNumber: 'SF0000000001' }),
    });
    expect(shipped.body).toMatchObject({ status: 'shipped' });

    // Ten days on the bank's clock: it confirms receipt for the shop (自动确认收货) and says so.
    const before = deliveries.length;
    await xinghui.sandbox.advanceClock({ days: 10 });
    await sandbox.webhooks.idle();
    expect(
      deliveries
        .slice(before)
        .map((d) => [(JSON.parse(d.body) as { type: string }).type, d.status]),
    ).toEqual([['escrow.released', 200]]);

    // The webhook, not a later look, marked it completed: with the bank gone, the order still
    // reads completed (an order the bank still held money for would have to ask it, and fail).
    await bank.close();
    const order = await call(`/api/orders/${paid!.id}`, { shop: 'beibei' });
    expect(order).toMatchObject({ status: 200, body: { id: paid!.id, status: 'completed' } });
  });
});
