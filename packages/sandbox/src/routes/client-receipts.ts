import { clientReceiptEndpoints } from '@xinghui/contract';
import type { Hono } from 'hono';
import {
  confirmReceipt,
  listReceiptConfirmations,
  requestReceiptCode,
  retrieveReceiptConfirmation,
} from '../engine/payments/receipt-confirmations.js';
import type { Env } from '../http/env.js';
import { mount } from '../http/mount.js';

/** 确认收货 from the shop's page: its session and a one-time code release the escrow. */
export function clientReceiptRoutes(app: Hono<Env>): void {
  mount(
    app,
    clientReceiptEndpoints.listReceiptConfirmations,
    (ctx, { sessionId, query }) => listReceiptConfirmations(ctx, sessionId, query),
    'confirm_receipt',
  );
  mount(
    app,
    clientReceiptEndpoints.retrieveReceiptConfirmation,
    (ctx, { sessionId, id }) => retrieveReceiptConfirmation(ctx, sessionId, id),
    'confirm_receipt',
  );
  mount(
    app,
    clientReceiptEndpoints.requestReceiptConfirmationCode,
    (ctx, { sessionId, id }) => requestReceiptCode(ctx, sessionId, id),
    'confirm_receipt',
  );
  mount(
    app,
    clientReceiptEndpoints.confirmClientReceipt,
    (ctx, { sessionId, id, body }) => confirmReceipt(ctx, sessionId, id, body),
    'confirm_receipt',
  );
}
