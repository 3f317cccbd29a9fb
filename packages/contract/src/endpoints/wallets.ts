import { listOf, ListParams } from '../list.js';
import { TopUpWalletParams, Wallet, WalletTransaction } from '../resources/wallet.js';
import type { Endpoint } from './endpoint.js';

/** Buyers' wallets and their movements. */
export const walletEndpoints = {
  retrieveWallet: {
    method: 'GET',
    path: '/v1/wallets/{id}',
    auth: 'secret',
    tag: 'Wallets',
    summary: "Retrieve a buyer's wallet",
    response: Wallet,
  },
  listWalletTransactions: {
    method: 'GET',
    path: '/v1/wallets/{id}/transactions',
    auth: 'secret',
    tag: 'Wallets',
    summary: "List a wallet's movements, newest first",
    query: ListParams,
    response: listOf(WalletTransaction),
  },
  topUpWallet: {
    method: 'POST',
    path: '/v1/wallets/{id}/top_ups',
    auth: 'sandbox',
    tag: 'Wallets',
    summary: 'Add money to a wallet (sandbox only)',
    body: TopUpWalletParams,
    response: WalletTransaction,
  },
} satisfies Record<string, Endpoint>;
