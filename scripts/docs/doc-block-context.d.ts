// What the guides' code blocks may use without declaring it, because the prose around them set
// it up ("with the server client `xinghui`…", "the page's `client`…"). The names are the guides'
// conventions: `xinghui` is the client at hand (mostly the server's), `client` the browser client.
import type { Xinghui } from '@xinghui/sdk/server';
import type { XinghuiBrowserClient } from '@xinghui/sdk';
import type {
  Buyer,
  CheckoutSession,
  Consent,
  CreateCheckoutSessionParams,
  CreditLine,
  Event,
  Money,
  WebhookEndpoint,
} from '@xinghui/contract';
import type { RiskEngine } from '@xinghui/sandbox';

type Handler = (...args: any[]) => unknown; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A resource's public members (its private `transport` would make an intersection `never`). */
type Public<T> = { [K in keyof T]: T[K] };
/** The server and the browser client in one: each resource with the methods of both. */
type EitherClient = {
  [K in keyof Xinghui | keyof XinghuiBrowserClient]: (K extends keyof Xinghui
    ? Public<Xinghui[K]>
    : unknown) &
    (K extends keyof XinghuiBrowserClient ? Public<XinghuiBrowserClient[K]> : unknown);
};

declare global {
  /** What the classic CDN file (`xinghui-elements.classic.js`) sets: the CDN file's exports. */
  interface Window {
    XinghuiElements: typeof import('https://your-cdn/@xinghui/elements/dist/xinghui-elements.js');
  }
  /**
   * The client the surrounding prose set up: the server's `new Xinghui({ secretKey })`, or in a
   * page's example `createClient({ publishableKey })`. Either's methods are accepted, each with
   * its own signature.
   */
  const xinghui: EitherClient;
  /** The browser client, `createClient({ publishableKey })`. */
  const client: XinghuiBrowserClient;
  /** A session's client secret, handed to the page by the partner's server. */
  const clientSecret: string;
  /** Imported in the guide's prose (`import { XinghuiPaymentError } from '@xinghui/sdk'`). */
  const XinghuiPaymentError: typeof import('@xinghui/sdk').XinghuiPaymentError;
  /** A webhook endpoint's signing secret, `whsec_…`. */
  const secret: string;
  const shop: Buyer;
  const buyer: string;
  /** A supplier's id, `sup_…`. */
  const supplier: string;
  const session: CheckoutSession;
  const payment: string;
  const paymentId: string;
  const loanId: string;
  const eventId: string;
  const supplierId: string;
  const orderId: string;
  const account: string;
  const endpoint: WebhookEndpoint;
  const consent: Consent;
  const line: CreditLine;
  const amount: Money;
  const line_items: CreateCheckoutSessionParams['line_items'];
  const template_version: string;
  const verification_code: string;
  const business_name: string;
  const credit_code: string;
  const owner_name: string;
  const phone: string;
  const from: number;
  const to: number;
  let total: number;
  const indicators: Parameters<RiskEngine['reviewLimit']>[0];
  /** The raw body and signature header of a webhook delivery. */
  const rawBody: string;
  /** The incoming request of a fetch-style handler (workers, Hono, Deno, Bun). */
  const request: Request;
  const signatureHeader: string | null;
  /** An event the test built, to sign as the bank would. */
  const myTestEvent: Event;
  /** The partner's own code the examples call. */
  function markPaid(checkoutSession: string | null, amount?: Money): Promise<void>;
  function handle(event: Event): Promise<void>;
  function show(title: string, text: string): void;
  function showTopUp(): void;
  function showCodeError(message: string): void;
  /** Sends the same request again later; with the first attempt's `idempotencyKey` it is never applied twice. */
  function retryLater(options?: { delayMs?: number; idempotencyKey?: string }): void;
  function offerTryAgain(delayMs?: number): void;
  /** An Express (or Hono) app and Express itself, as far as the examples use them. */
  const app: { post(path: string, ...handlers: Handler[]): void };
  const express: { raw(options: { type: string }): Handler };
}
