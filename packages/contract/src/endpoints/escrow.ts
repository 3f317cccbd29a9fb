import {
  CloseDisputeParams,
  DisputePaymentParams,
  ReleasePaymentParams,
  ShipPaymentParams,
} from '../resources/escrow.js';
import { Payment } from '../resources/payment.js';
import type { Endpoint } from './endpoint.js';

/** Escrow (担保交易): shipment, release, disputes. Refunds of held money use `createRefund`. */
export const escrowEndpoints = {
  shipPayment: {
    method: 'POST',
    path: '/v1/payments/{id}/ship',
    auth: 'secret',
    tag: 'Escrow',
    summary: 'Report that the goods of an escrowed payment shipped: the auto-release timer starts',
    body: ShipPaymentParams,
    response: Payment,
  },
  releasePayment: {
    method: 'POST',
    path: '/v1/payments/{id}/release',
    auth: 'secret',
    tag: 'Escrow',
    summary: 'Release escrowed money to the supplier (the shop confirmed receipt), all or part',
    body: ReleasePaymentParams,
    response: Payment,
  },
  disputePayment: {
    method: 'POST',
    path: '/v1/payments/{id}/dispute',
    auth: 'secret',
    tag: 'Escrow',
    summary: 'Open a dispute (or a refund request) on an escrowed payment: the timer pauses',
    body: DisputePaymentParams,
    response: Payment,
  },
  closeDispute: {
    method: 'POST',
    path: '/v1/payments/{id}/dispute/close',
    auth: 'secret',
    tag: 'Escrow',
    summary: 'Close a dispute without a refund: release to the supplier, or resume the timer',
    body: CloseDisputeParams,
    response: Payment,
  },
} satisfies Record<string, Endpoint>;
