import {
  walletSessionEndpoints as endpoints,
  type CreateWalletSessionParams,
  type WalletSession,
} from '@xinghui/contract';
import type { RequestOptions } from '../core/options.js';
import type { Transport } from '../core/transport.js';

/** Wallet sessions: scope a page ("my account") to one shop's wallet, line and loans. */
export class WalletSessions {
  constructor(private readonly transport: Transport) {}

  /**
   * Creates a wallet session for one shop; hand its `client_secret` to the shop's page.
   *
   * @example
   * ```ts
   * const session = await xinghui.walletSessions.create({ buyer: shop.id, expires_in: 3600 });
   * res.json({ clientSecret: session.client_secret });
   * ```
   */
  create(params: CreateWalletSessionParams, options?: RequestOptions): Promise<WalletSession> {
    return this.transport.request(endpoints.createWalletSession, { body: params, options });
  }
}
