import { apiKeyKind } from '@xinghui/contract';
import type { ClientOptions } from './core/options.js';
import { bySchema } from './core/check.js';
import { tlsRefused } from './errors/tls-failure.js';
import { fetchSender } from './core/fetch-sender.js';
import { kySender } from './core/ky-sender.js';
import { Transport } from './core/transport.js';
import { XinghuiConfigurationError } from './errors/index.js';
import { Buyers } from './resources/buyers.js';
import { CheckoutSessions } from './resources/checkout-sessions.js';
import { Consents } from './resources/consents.js';
import { CreditApplications } from './resources/credit-applications.js';
import { CreditLines } from './resources/credit-lines.js';
import { LimitReviews } from './resources/limit-reviews.js';
import { Loans } from './resources/loans.js';
import { TradeReports } from './resources/trade-reports.js';
import { WalletSessions } from './resources/wallet-sessions.js';
import { Events } from './resources/events.js';
import { Payments } from './resources/payments.js';
import { BalanceResource } from './resources/balance.js';
import { BalanceTransactions } from './resources/balance-transactions.js';
import { Statements } from './resources/statements.js';
import { Sandbox } from './resources/sandbox.js';
import { Suppliers } from './resources/suppliers.js';
import { Wallets } from './resources/wallets.js';
import { WebhookEndpoints } from './resources/webhook-endpoints.js';
import { Webhooks } from './webhooks.js';
import { PreApprovals } from './resources/pre-approvals.js';
import { CreditDocuments } from './resources/credit-documents.js';

/** Options of the server client. */
export interface XinghuiOptions extends ClientOptions {
  /** The partner's secret key, `sk_test_…`. Keep it on the server. */
  secretKey: string;
}

/**
 * The server client: everything the partner's backend does with its secret key.
 *
 * @example
 * ```ts
 * import { Xinghui } from '@xinghui/sdk/server';
 *
 * const xinghui = new Xinghui({ secretKey: process.env.XINGHUI_SECRET_KEY!, baseUrl: 'http://127.0.0.1:4400' });
 * const session = await xinghui.checkoutSessions.create({ buyer, supplier, amount, line_items });
 * ```
 */
export class Xinghui {
  readonly buyers: Buyers;
  readonly suppliers: Suppliers;
  readonly wallets: Wallets;
  readonly checkoutSessions: CheckoutSessions;
  readonly consents: Consents;
  readonly creditApplications: CreditApplications;
  readonly creditLines: CreditLines;
  readonly loans: Loans;
  readonly tradeReports: TradeReports;
  readonly limitReviews: LimitReviews;
  readonly walletSessions: WalletSessions;
  readonly payments: Payments;
  readonly events: Events;
  readonly webhookEndpoints: WebhookEndpoints;
  readonly balance: BalanceResource;
  readonly balanceTransactions: BalanceTransactions;
  readonly statements: Statements;
  /** Supplier-led pre-approval (批量预授信) of a supplier's shops. */
  readonly preApprovals: PreApprovals;
  /** Monthly statements of credit lines and payoff certificates of repaid loans. */
  readonly creditDocuments: CreditDocuments;
  /** The sandbox bank's test tools (clock, codes, ledger check). */
  readonly sandbox: Sandbox;
  /** Verifies webhook deliveries; needs no key. */
  readonly webhooks = new Webhooks();

  /**
   * @throws {@link XinghuiConfigurationError} when `secretKey` is not a secret key
   */
  constructor(options: XinghuiOptions) {
    const { secretKey, ...clientOptions } = options;
    if (apiKeyKind(secretKey ?? '') !== 'secret') {
      throw new XinghuiConfigurationError({
        message:
          'secretKey must be your secret key, "sk_test_…" (a publishable key cannot act for your server)',
      });
    }
    // ky sends with `fetch`; an injected transport goes through the SDK's own retry loop.
    const transport = new Transport(secretKey, clientOptions, {
      send: clientOptions.transport ? fetchSender : kySender,
      check: bySchema,
      sentNothing: tlsRefused,
    });
    this.buyers = new Buyers(transport);
    this.suppliers = new Suppliers(transport);
    this.wallets = new Wallets(transport);
    this.checkoutSessions = new CheckoutSessions(transport);
    this.consents = new Consents(transport);
    this.creditApplications = new CreditApplications(transport);
    this.creditLines = new CreditLines(transport);
    this.loans = new Loans(transport);
    this.tradeReports = new TradeReports(transport);
    this.limitReviews = new LimitReviews(transport);
    this.walletSessions = new WalletSessions(transport);
    this.payments = new Payments(transport);
    this.webhookEndpoints = new WebhookEndpoints(transport);
    this.events = new Events(transport);
    this.balance = new BalanceResource(transport);
    this.balanceTransactions = new BalanceTransactions(transport);
    this.statements = new Statements(transport);
    this.sandbox = new Sandbox(transport);
    this.preApprovals = new PreApprovals(transport);
    this.creditDocuments = new CreditDocuments(transport);
  }
}
