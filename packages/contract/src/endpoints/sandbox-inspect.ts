import { ListParams, listOf } from '../list.js';
import {
  LedgerAccount,
  ListSandboxRequestsParams,
  SandboxMessage,
  SandboxRequest,
} from '../resources/sandbox-request.js';
import type { Endpoint } from './endpoint.js';

/**
 * What the sandbox lets a partner see into (sandbox only): the calls it answered, the SMS it
 * "sent", the ledger's accounts. The dashboard and the CLI read these.
 */
export const sandboxInspectEndpoints = {
  listSandboxRequests: {
    method: 'GET',
    path: '/v1/sandbox/requests',
    auth: 'sandbox',
    tag: 'Sandbox',
    summary: 'List the API calls the sandbox answered, newest first (the request log)',
    query: ListSandboxRequestsParams,
    response: listOf(SandboxRequest),
  },
  retrieveSandboxRequest: {
    method: 'GET',
    path: '/v1/sandbox/requests/{id}',
    auth: 'sandbox',
    tag: 'Sandbox',
    summary: 'Retrieve one logged API call by its request id',
    response: SandboxRequest,
  },
  listSandboxMessages: {
    method: 'GET',
    path: '/v1/sandbox/messages',
    auth: 'sandbox',
    tag: 'Sandbox',
    summary: 'List the one-time codes the sandbox "sent" by SMS, newest first',
    query: ListParams,
    response: listOf(SandboxMessage),
  },
  listLedgerAccounts: {
    method: 'GET',
    path: '/v1/sandbox/ledger/accounts',
    auth: 'sandbox',
    tag: 'Sandbox',
    summary: "List the partner's ledger accounts with their balances, newest first",
    query: ListParams,
    response: listOf(LedgerAccount),
  },
} satisfies Record<string, Endpoint>;
