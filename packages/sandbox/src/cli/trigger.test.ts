/**
 * `trigger` for every event type of the contract, in this process against a sandbox served on
 * 127.0.0.1 (cli-tools.test.ts spawns the real command): each recipe runs the bank's real flow,
 * the event is the partner's, and its delivery reaches a registered endpoint.
 */
import { EVENT_TYPES, type Event, type List, type Partner } from '@xinghui/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '../sandbox.js';
import { startServer, type RunningServer } from '../server.js';
import { startReceiver, type Receiver } from '../testing/webhook-receiver.js';
import { captureOutput } from '../testing/capture-output.js';
import { closeMatches } from './close-matches.js';
import { runTool } from './run.js';

let sandbox: Sandbox;
let server: RunningServer;
let receiver: Receiver;

beforeAll(async () => {
  sandbox = createSandbox({ rateLimits: false });
  server = await startServer(sandbox.app, { port: 0 });
  receiver = await startReceiver();
});
afterAll(async () => {
  await server.close();
  await receiver.close();
  sandbox.close();
});

async function partner(): Promise<Partner> {
  const reply = await fetch(`${server.url}/v1/sandbox/partners`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: '{}',
  });
  return (await reply.json()) as Partner;
}

const flags = (p: Partner) => [
  '--url',
  server.url,
  '--secret-key',
  p.secret_key,
  '--publishable-key',
  p.publishable_key,
];

describe('trigger', () => {
  it.each(EVENT_TYPES)('fires %s through the real flow', async (type) => {
    const p = await partner();
    const out = captureOutput();
    const code = await runTool(['trigger', type, ...flags(p), '--json'], out);
    expect(code).toBe(0);
    const [result] = out.objects as { event: string; type: string; created: { id: string }[] }[];
    expect(result).toMatchObject({ type, event: expect.stringMatching(/^evt_/) });
    expect(result!.created.length).toBeGreaterThan(0);
    const event = (await (
      await fetch(`${server.url}/v1/events/${result!.event}`, {
        headers: { Authorization: `Bearer ${p.secret_key}` },
      })
    ).json()) as Event;
    expect(event.type).toBe(type);
  });

  it('delivers the event to the partner’s endpoints, like any other', async () => {
    const p = await partner();
    await fetch(`${server.url}/v1/webhook_endpoints`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${p.secret_key}`,
        'Content-Type': 'application/json',
        'Idempotency-Key': `test-${p.id}`,
      },
      body: JSON.stringify({ url: receiver.url, enabled_events: ['escrow.held'] }),
    });
    const out = captureOutput();
    expect(await runTool(['trigger', 'escrow.held', ...flags(p)], out)).toBe(0);
    expect(out.lines[0]).toMatch(/^Triggered escrow\.held: evt_/);
    await sandbox.webhooks.idle();
    const sent = receiver.received.map((d) => JSON.parse(d.body) as Event);
    expect(sent.some((e) => e.type === 'escrow.held' && out.lines[0]!.endsWith(e.id))).toBe(true);
  });

  it('refuses an unknown type with close matches, exit 2, creating nothing', async () => {
    const p = await partner();
    const out = captureOutput();
    expect(await runTool(['trigger', 'payment.succeded', ...flags(p)], out)).toBe(2);
    const events = (await (
      await fetch(`${server.url}/v1/events`, {
        headers: { Authorization: `Bearer ${p.secret_key}` },
      })
    ).json()) as List<Event>;
    expect(events.data).toEqual([]);
    expect(closeMatches('payment.succeded', EVENT_TYPES)[0]).toBe('payment.succeeded');
    expect(closeMatches('escrow', EVENT_TYPES)).toEqual([
      'escrow.disputed',
      'escrow.held',
      'escrow.refunded',
    ]);
    expect(closeMatches('zzzzzzzzzzzzzzzz', EVENT_TYPES)).toEqual([]);
  });
});
