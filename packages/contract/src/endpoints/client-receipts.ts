import { VerificationCode } from '../resources/checkout-session.js';
import { listOf, ListParams } from '../list.js';
import { ConfirmReceiptParams, ReceiptConfirmation } from '../resources/escrow.js';
import { Payment } from '../resources/payment.js';
import type { Endpoint } from './endpoint.js';

/**
 * 确认收货 from the shop's page: releasing escrowed money is the shop's act, authorised with its
 * wallet session's client secret and a one-time code bound to the amount and the supplier.
 */
export const clientReceiptEndpoints = {
  listReceiptConfirmations: {
    method: 'GET',
    path: '/v1/client/receipt_confirmations',
    auth: 'client',
    tag: 'Escrow (page)',
    summary:
      "List the shop's payments held in escrow awaiting its receipt (held, shipped, disputed), newest first",
    query: ListParams,
    response: listOf(ReceiptConfirmation),
  },
  retrieveReceiptConfirmation: {
    method: 'GET',
    path: '/v1/client/payments/{id}/receipt_confirmation',
    auth: 'client',
    tag: 'Escrow (page)',
    summary: 'Read what confirming receipt of an escrowed payment releases, and to whom',
    response: ReceiptConfirmation,
  },
  requestReceiptConfirmationCode: {
    method: 'POST',
    path: '/v1/client/payments/{id}/receipt_confirmation/verification_codes',
    auth: 'client',
    tag: 'Escrow (page)',
    summary: "Send a one-time code bound to releasing what is held to the payment's supplier",
    response: VerificationCode,
  },
  confirmClientReceipt: {
    method: 'POST',
    path: '/v1/client/payments/{id}/receipt_confirmation/confirm',
    auth: 'client',
    tag: 'Escrow (page)',
    summary: 'Confirm receipt with the code: the bank pays the supplier everything it holds',
    body: ConfirmReceiptParams,
    response: Payment,
  },
} satisfies Record<string, Endpoint>;
