/*
 * The bank API's endpoints, one file per group (a resource, or what a page may call), each a
 * plain object literal with no side effects, so a bundle keeps only the groups it imports. A new
 * endpoint goes in its group's file; a new group gets a file here and a line in `endpoints`.
 */
import { buyerEndpoints } from './buyers.js';
import { supplierEndpoints } from './suppliers.js';
import { walletEndpoints } from './wallets.js';
import { checkoutSessionEndpoints } from './checkout-sessions.js';
import { clientCheckoutEndpoints } from './client-checkout.js';
import { consentEndpoints } from './consents.js';
import { clientConsentEndpoints } from './client-consents.js';
import { creditEndpoints } from './credit.js';
import { loanEndpoints } from './loans.js';
import { tradeEndpoints } from './trade.js';
import { walletSessionEndpoints } from './wallet-sessions.js';
import { clientWalletEndpoints } from './client-wallet.js';
import { clientCreditEndpoints } from './client-credit.js';
import { paymentEndpoints } from './payments.js';
import { escrowEndpoints } from './escrow.js';
import { clientReceiptEndpoints } from './client-receipts.js';
import { balanceEndpoints } from './balance.js';
import { eventEndpoints } from './events.js';
import { webhookEndpointEndpoints } from './webhook-endpoints.js';
import { sandboxEndpoints } from './sandbox.js';
import { sandboxApiKeyEndpoints } from './sandbox-api-keys.js';
import { sandboxInspectEndpoints } from './sandbox-inspect.js';
import { clientPreApprovalEndpoints, preApprovalEndpoints } from './pre-approvals.js';
import { noticeEndpoints } from './notices.js';
import { creditDocumentEndpoints } from './credit-documents.js';
import { clientCreditDocumentEndpoints } from './client-credit-documents.js';

export type { Endpoint, EndpointAuth } from './endpoint.js';
export {
  buyerEndpoints,
  supplierEndpoints,
  walletEndpoints,
  checkoutSessionEndpoints,
  clientCheckoutEndpoints,
  consentEndpoints,
  clientConsentEndpoints,
  creditEndpoints,
  loanEndpoints,
  tradeEndpoints,
  walletSessionEndpoints,
  clientWalletEndpoints,
  clientCreditEndpoints,
  paymentEndpoints,
  escrowEndpoints,
  clientReceiptEndpoints,
  balanceEndpoints,
  eventEndpoints,
  webhookEndpointEndpoints,
  sandboxEndpoints,
  sandboxApiKeyEndpoints,
  sandboxInspectEndpoints,
  preApprovalEndpoints,
  clientPreApprovalEndpoints,
  noticeEndpoints,
  creditDocumentEndpoints,
  clientCreditDocumentEndpoints,
};

/**
 * Every operation of the bank API, by name: what the bank serves and the reference documents.
 * Clients import the group they use (`clientCheckoutEndpoints`, say), so a page's bundle
 * carries only the schemas of the calls it makes.
 *
 * @example
 * ```ts
 * endpoints.createBuyer.path; // '/v1/buyers'
 * ```
 */
export const endpoints = {
  ...buyerEndpoints,
  ...supplierEndpoints,
  ...walletEndpoints,
  ...checkoutSessionEndpoints,
  ...clientCheckoutEndpoints,
  ...consentEndpoints,
  ...clientConsentEndpoints,
  ...creditEndpoints,
  ...loanEndpoints,
  ...tradeEndpoints,
  ...walletSessionEndpoints,
  ...clientWalletEndpoints,
  ...clientCreditEndpoints,
  ...paymentEndpoints,
  ...escrowEndpoints,
  ...clientReceiptEndpoints,
  ...balanceEndpoints,
  ...eventEndpoints,
  ...webhookEndpointEndpoints,
  ...sandboxEndpoints,
  ...sandboxApiKeyEndpoints,
  ...sandboxInspectEndpoints,
  ...preApprovalEndpoints,
  ...clientPreApprovalEndpoints,
  ...noticeEndpoints,
  ...creditDocumentEndpoints,
  ...clientCreditDocumentEndpoints,
};

/** The name of an operation of the bank API, a key of `endpoints` (`createBuyer`). */
export type EndpointName = keyof typeof endpoints;
