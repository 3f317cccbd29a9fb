import { clientPreApprovalEndpoints, preApprovalEndpoints } from '@xinghui/contract';
import type { Hono } from 'hono';
import {
  acceptPreApproval,
  declinePreApproval,
  listPreApprovals,
  nominateShops,
  preApprovalOfShop,
  retrievePreApproval,
} from '../engine/credit/pre-approvals.js';
import type { Env } from '../http/env.js';
import { mount } from '../http/mount.js';
import { buyerOfSession } from './session-buyer.js';

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
    (ctx, { sessionId }) => preApprovalOfShop(ctx, buyerOfSession(ctx, sessionId)),
    'respond_to_pre_approval',
  );
  mount(
    app,
    clientPreApprovalEndpoints.acceptClientPreApproval,
    (ctx, { sessionId, body }) =>
      acceptPreApproval(ctx, buyerOfSession(ctx, sessionId), body, sessionId),
    'respond_to_pre_approval',
  );
  mount(
    app,
    clientPreApprovalEndpoints.declineClientPreApproval,
    (ctx, { sessionId }) => declinePreApproval(ctx, buyerOfSession(ctx, sessionId), sessionId),
    'respond_to_pre_approval',
  );
}
