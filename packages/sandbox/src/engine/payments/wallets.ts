import type { TopUpWalletParams, Wallet, WalletTransaction } from '@xinghui/contract';
import { ApiError } from '../core/api-error.js';
import type { Context } from '../core/context.js';
import { lineOfBuyer } from '../credit/credit-lines.js';
import { postEntry } from '../ledger/ledger.js';
import { listPage, type PageParams } from '../core/list-page.js';
import { getOwned } from '../core/owned-rows.js';
import type { AccountRecord, PostingRecord } from '../core/records.js';

/** Reads one of the partner's wallet accounts. */
export function getWallet(ctx: Context, id: string): AccountRecord {
  const account = getOwned<AccountRecord>(ctx, 'accounts', id);
  if (account.kind !== 'wallet')
    throw new ApiError('resource_missing', `No such wallet: ${id}`, { param: 'id' });
  return account;
}

export function presentWallet(ctx: Context, account: AccountRecord): Wallet {
  return {
    id: account.id,
    object: 'wallet',
    buyer: account.owner!,
    balance: { amount: account.balance, currency: account.currency },
    status: account.status,
    credit_line: lineOfBuyer(ctx, account.owner!)?.id ?? null,
    created: account.created,
  };
}

export function presentWalletTransaction(posting: PostingRecord): WalletTransaction {
  const { partner: _partner, entry: _entry, account, ...rest } = posting;
  return { ...rest, object: 'wallet_transaction', wallet: account };
}

export function retrieveWallet(ctx: Context, id: string): Wallet {
  return presentWallet(ctx, getWallet(ctx, id));
}

export function listWalletTransactions(ctx: Context, id: string, params: PageParams) {
  getWallet(ctx, id);
  return listPage(ctx, 'postings', { account: id }, params, presentWalletTransaction);
}

/** Sandbox only: money arrives in a wallet from outside the bank (the external account). */
export function topUpWallet(
  ctx: Context,
  id: string,
  params: TopUpWalletParams,
): WalletTransaction {
  const wallet = getWallet(ctx, id);
  const description = params.description ?? 'Sandbox top-up';
  const [, credit] = postEntry(ctx, description, [
    {
      account: ctx.partner.external_account,
      amount: -params.amount.amount,
      type: 'top_up',
      source: null,
      description,
    },
    { account: wallet.id, amount: params.amount.amount, type: 'top_up', source: null, description },
  ]);
  return presentWalletTransaction(credit!);
}
