import { listOf } from '../list.js';
import {
  AcceptPreApprovalParams,
  CreatePreApprovalsParams,
  ListPreApprovalsParams,
  PreApproval,
  PreApprovalBatch,
} from '../resources/pre-approval.js';
import type { Endpoint } from './endpoint.js';

/** Supplier-led pre-approval (批量预授信), from the partner's server. */
export const preApprovalEndpoints = {
  createPreApprovals: {
    method: 'POST',
    path: '/v1/pre_approvals',
    auth: 'secret',
    tag: 'Pre-approval',
    summary:
      "Nominate up to 1,000 of a supplier's shops: each pre-assessed on platform data (no credit-bureau query) and invited with an offer",
    body: CreatePreApprovalsParams,
    response: PreApprovalBatch,
  },
  retrievePreApproval: {
    method: 'GET',
    path: '/v1/pre_approvals/{id}',
    auth: 'secret',
    tag: 'Pre-approval',
    summary: "Retrieve one shop's pre-approval: its offer and the shop's answer",
    response: PreApproval,
  },
  listPreApprovals: {
    method: 'GET',
    path: '/v1/pre_approvals',
    auth: 'secret',
    tag: 'Pre-approval',
    summary: 'List pre-approvals, newest first, by status, supplier, shop or nomination',
    query: ListPreApprovalsParams,
    response: listOf(PreApproval),
  },
} satisfies Record<string, Endpoint>;

/** The shop's own pre-approval, from its checkout or wallet page. */
export const clientPreApprovalEndpoints = {
  retrieveClientPreApproval: {
    method: 'GET',
    path: '/v1/client/pre_approval',
    auth: 'client',
    tag: 'Pre-approval (page)',
    summary: "Read the session's shop's latest invitation and its offer (404 when it has none)",
    response: PreApproval,
  },
  acceptClientPreApproval: {
    method: 'POST',
    path: '/v1/client/pre_approval/accept',
    auth: 'client',
    tag: 'Pre-approval (page)',
    summary:
      'Accept in one tap: gives the credit-query and data-sharing consents, then applies and opens the line',
    body: AcceptPreApprovalParams,
    response: PreApproval,
  },
  declineClientPreApproval: {
    method: 'POST',
    path: '/v1/client/pre_approval/decline',
    auth: 'client',
    tag: 'Pre-approval (page)',
    summary: 'Decline the invitation: nothing is queried or recorded but the answer',
    response: PreApproval,
  },
} satisfies Record<string, Endpoint>;
