import { clientPreApprovalEndpoints, preApprovalEndpoints } from '@xinghui/contract';
import type { Hono } from 'hono';
import type { Context } from '../engine/core/context.js';
import {
  acceptPreApproval,
  declinePreApproval,
  listPreApprovals,
  nominateShops,
  preApprovalOfShop,
  retrievePreApproval,
} from '../engine/credit/pre-approvals.js';
import { getCheckoutSession } from '../engine/payments/checkout-sessions.js';
import { getWalletSession } from '../engine/payments/wallet-sessions.js';
import type { Env } from '../http/env.js';
import { mount } from '../http/mount.js';

/** The shop a page's session (checkout or wallet) is about. */
function shopOfSession(ctx: Context, sessionId: string): string {
  return sessionId.startsWith('ws_')
    ? getWalletSession(ctx, sessionId).buyer
    : getCheckoutSession(ctx, sessionId).buyer;
}

/** Supplier-led pre-approval: nominations from the server, the shop's answer from its page. */
export function preApprovalRoutes(app: Hono<Env>): void {
  mount(app, preApprovalEndpoints.createPreApprovals, (ctx, { body }) => nominateShops(ctx, body));
  mount(app, preApprovalEndpoints.retrievePreApproval, (ctx, { id }) =>
    retrievePreApproval(ctx, id),
  );
  mount(app, preApprovalEndpoints.listPreApprovals, (ctx, { query }) =>
    listPreApprovals(ctx, query),
  );

  mount(
    app,
    clientPreApprovalEndpoints.retrieveClientPreApproval,
    (ctx, { sessionId }) => preApprovalOfShop(ctx, shopOfSession(ctx, sessionId)),
    'respond_to_pre_approval',
  );
  mount(
    app,
    clientPreApprovalEndpoints.acceptClientPreApproval,
    (ctx, { sessionId, body }) =>
      acceptPreApproval(ctx, shopOfSession(ctx, sessionId), body, sessionId),
    'respond_to_pre_approval',
  );
  mount(
    app,
    clientPreApprovalEndpoints.declineClientPreApproval,
    (ctx, { sessionId }) => declinePreApproval(ctx, shopOfSession(ctx, sessionId), sessionId),
    'respond_to_pre_approval',
  );
}
