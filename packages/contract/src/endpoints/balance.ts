import { listOf } from '../list.js';
import {
  Balance,
  BalanceTransaction,
  ListBalanceTransactionsParams,
  Statement,
  StatementQuery,
} from '../resources/balance.js';
import type { Endpoint } from './endpoint.js';

/** Reconciliation: every movement of every account, and daily statements. */
export const balanceEndpoints = {
  retrieveBalance: {
    method: 'GET',
    path: '/v1/balance',
    auth: 'secret',
    tag: 'Balance and statements',
    summary: "Read the platform's own settlement account, where its commission arrives",
    response: Balance,
  },
  listBalanceTransactions: {
    method: 'GET',
    path: '/v1/balance_transactions',
    auth: 'secret',
    tag: 'Balance and statements',
    summary: 'List movements on the accounts, newest first, by account, type and time',
    query: ListBalanceTransactionsParams,
    response: listOf(BalanceTransaction),
  },
  retrieveStatement: {
    method: 'GET',
    path: '/v1/accounts/{id}/statements',
    auth: 'secret',
    tag: 'Balance and statements',
    summary: "An account's daily statement (Asia/Shanghai day): opening + movements = closing",
    query: StatementQuery,
    response: Statement,
  },
} satisfies Record<string, Endpoint>;
