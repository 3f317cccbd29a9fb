import { creditDocumentEndpoints } from '@xinghui/contract';
import type { Hono } from 'hono';
import { creditLineStatement, payoffCertificate } from '../engine/credit/credit-documents.js';
import type { Env } from '../http/env.js';
import { mount } from '../http/mount.js';

/** Monthly statements of a line and payoff certificates of repaid loans, from the server. */
export function creditDocumentRoutes(app: Hono<Env>): void {
  mount(app, creditDocumentEndpoints.retrieveCreditLineStatement, (ctx, { id, query }) =>
    creditLineStatement(ctx, id, query.month),
  );
  mount(app, creditDocumentEndpoints.retrievePayoffCertificate, (ctx, { id }) =>
    payoffCertificate(ctx, id),
  );
}
