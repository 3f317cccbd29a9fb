import { listOf, ListParams } from '../list.js';
import { ListPaymentsParams, Payment } from '../resources/payment.js';
import { CreateRefundParams, Refund } from '../resources/refund.js';
import type { Endpoint } from './endpoint.js';

/** Payments and refunds. */
export const paymentEndpoints = {
  retrievePayment: {
    method: 'GET',
    path: '/v1/payments/{id}',
    auth: 'secret',
    tag: 'Payments',
    summary: 'Retrieve a payment',
    response: Payment,
  },
  listPayments: {
    method: 'GET',
    path: '/v1/payments',
    auth: 'secret',
    tag: 'Payments',
    summary: 'List payments, newest first',
    query: ListPaymentsParams,
    response: listOf(Payment),
  },
  createRefund: {
    method: 'POST',
    path: '/v1/payments/{id}/refunds',
    auth: 'secret',
    tag: 'Payments',
    summary: "Refund all or part of a payment to the shop's wallet",
    body: CreateRefundParams,
    response: Refund,
  },
  listRefunds: {
    method: 'GET',
    path: '/v1/payments/{id}/refunds',
    auth: 'secret',
    tag: 'Payments',
    summary: "List a payment's refunds, newest first",
    query: ListParams,
    response: listOf(Refund),
  },
} satisfies Record<string, Endpoint>;
