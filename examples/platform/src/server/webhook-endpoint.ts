import type { Xinghui } from '@xinghui/sdk/server';

/**
 * The events the platform acts on: an order's payment went through, or its escrow moved on
 * (notably `escrow.released` when the bank's timer confirms receipt for the shop).
 */
export const WEBHOOK_EVENTS = [
  'checkout_session.completed',
  'payment.succeeded',
  'escrow.held',
  'escrow.released',
  'escrow.disputed',
  'escrow.refunded',
] as const;

/**
 * Registers `url` as the platform's webhook endpoint at the bank and returns its signing
 * secret. The bank shows a secret only when it is made, so on a restart (the same sandbox
 * database) the endpoint already there has its secret rotated: the old one keeps signing for a
 * day, so deliveries already on their way still verify.
 */
export async function registerWebhookEndpoint(xinghui: Xinghui, url: string): Promise<string> {
  for await (const endpoint of xinghui.webhookEndpoints.list({ limit: 100 })) {
    if (endpoint.url !== url) continue;
    const listens = (type: string) =>
      endpoint.enabled_events.includes(type) || endpoint.enabled_events.includes('*');
    if (!WEBHOOK_EVENTS.every(listens) || endpoint.status !== 'enabled') {
      // Registered by an older demo (without the escrow events), or paused: as this one needs.
      await xinghui.webhookEndpoints.update(endpoint.id, {
        enabled_events: [...WEBHOOK_EVENTS],
        disabled: false,
      });
    }
    return (await xinghui.webhookEndpoints.rotateSecret(endpoint.id)).secret!;
  }
  const created = await xinghui.webhookEndpoints.create({
    url,
    enabled_events: [...WEBHOOK_EVENTS],
  });
  return created.secret!;
}
