import type { Event } from '@xinghui/contract';

/** One webhook delivery attempt the bank made, caught before it reached any network. */
export interface CaughtDelivery {
  /** The endpoint URL the bank addressed. */
  url: string;
  /** The headers it sent, `Xinghui-Signature` among them (lower-case names). */
  headers: Record<string, string>;
  /** The body exactly as sent: what `xinghui.webhooks.constructEvent` verifies. */
  body: string;
  /** The body, parsed. */
  event: Event;
}

/**
 * Where the mock's webhook sender delivers: every attempt is kept, in order, and answered
 * `200`, so tests read the events the engine emits without a server or a network.
 */
export class WebhookInbox {
  readonly #caught: CaughtDelivery[] = [];

  /** Every delivery caught so far, oldest first. */
  get deliveries(): readonly CaughtDelivery[] {
    return this.#caught;
  }

  /** The `fetch` the webhook sender is given. */
  readonly fetch: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    const body = await request.text();
    this.#caught.push({
      url: request.url,
      headers: Object.fromEntries(request.headers),
      body,
      event: JSON.parse(body) as Event,
    });
    return Response.json({ received: true });
  };
}
