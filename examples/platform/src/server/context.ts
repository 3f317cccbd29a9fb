import type { Xinghui } from '@xinghui/sdk/server';
import { HttpError } from './http-error.js';
import type { OrderBook } from './orders.js';
import type { SeededParties } from './seed.js';

/** What the platform's routes share: the bank client, the order book and the seeded parties. */
export interface PlatformContext {
  /** The server SDK, holding the secret key. Only this process ever sees that key. */
  xinghui: Xinghui;
  orders: OrderBook;
  /** Handed to pages with each checkout: the bank's URL and the publishable key. */
  bank: { url: string; publishableKey: string };
  /** Each shop's latest wallet session (shop key → `ws_…`), for the sandbox code panel. */
  walletSessions: Map<string, string>;
  /** Set by `seed()`. */
  parties: SeededParties | undefined;
  /** The signing secret of the platform's webhook endpoint, set by `seed()` when it has a public URL. */
  webhookSecret?: string;
  /** Ids of the webhook events already processed: a duplicate delivery is acknowledged, not redone. */
  processedEvents: Set<string>;
}

/** The seeded supplier and shops; a 503 until `seed()` has run. */
export function partiesOf(ctx: PlatformContext): SeededParties {
  if (!ctx.parties) throw new HttpError(503, 'not_seeded', 'The demo data is still being created');
  return ctx.parties;
}
