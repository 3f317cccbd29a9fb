import { CreateWalletSessionParams, WalletSession } from '../resources/wallet-session.js';
import type { Endpoint } from './endpoint.js';

/** Wallet sessions, from the partner's server. */
export const walletSessionEndpoints = {
  createWalletSession: {
    method: 'POST',
    path: '/v1/wallet_sessions',
    auth: 'secret',
    tag: 'Wallet sessions',
    summary: "Scope a page to one shop's wallet, line and loans, and get its client secret",
    body: CreateWalletSessionParams,
    response: WalletSession,
  },
} satisfies Record<string, Endpoint>;
