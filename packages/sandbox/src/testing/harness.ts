/**
 * Drives a sandbox app in-process for tests (not shipped): a fresh partner per test, JSON in
 * and out, an idempotency key on every POST unless a test sets its own.
 *
 * Every reply is checked against the contract on the way back, so no test can pass on a
 * response the SDK could not parse: a 200 must match its endpoint's response schema, an error
 * must be an `ErrorEnvelope` whose status is its code's and whose `request_id` is the
 * `Xinghui-Request-Id` header.
 */
import {
  API_VERSION,
  API_VERSION_HEADER,
  CLIENT_SECRET_HEADER,
  ERROR_CODES,
  ErrorEnvelope,
  IDEMPOTENCY_KEY_HEADER,
  IDEMPOTENT_REPLAY_HEADER,
  LedgerReport,
  REQUEST_ID_HEADER,
  endpoints,
  randomToken,
  type Buyer,
  type CheckoutSession,
  type ConsentType,
  type CreatePartnerParams,
  type CreditApplication,
  type CreditLine,
  type Endpoint,
  type ErrorCode,
  type List,
  type Loan,
  type LoanTerm,
  type Partner,
  type SandboxVerificationCode,
  type Supplier,
} from '@xinghui/contract';
import type { Hono } from 'hono';
import { expect } from 'vitest';
import type { Env } from '../http/env.js';
import { SEED } from '../seed.js';

export type App = Hono<Env>;

/** A reply, read once: status, parsed JSON body, exact text and headers. */
export interface Reply<T = unknown> {
  status: number;
  body: T;
  text: string;
  headers: Headers;
}

/** The error of an error reply. */
export type ErrorBody = ErrorEnvelope['error'];

/** Headers for a call; `null` leaves out a header the caller would otherwise send. */
export type HeaderOverrides = Record<string, string | null>;

/** Runs after every call of a caller (the bank's tests check the ledger here). */
export type AfterCall = (
  reply: Reply,
  call: { method: string; path: string },
) => Promise<void> | void;

export interface Caller {
  get<T = unknown>(path: string, headers?: HeaderOverrides): Promise<Reply<T>>;
  /** POSTs `body` as JSON (a string is sent as is, to send malformed JSON). */
  post<T = unknown>(path: string, body?: unknown, headers?: HeaderOverrides): Promise<Reply<T>>;
  delete<T = unknown>(path: string, headers?: HeaderOverrides): Promise<Reply<T>>;
  /** The same credential, with more headers on every call. */
  with(headers: HeaderOverrides): Caller;
}

export interface CallerOptions {
  /** Headers sent on every call. */
  headers?: HeaderOverrides;
  after?: AfterCall;
}

/** A fresh idempotency key, unique across the test run. */
export function newKey(): string {
  return `test-${randomToken(20)}`;
}

const routes = Object.values(endpoints as Record<string, Endpoint>).map((endpoint) => ({
  endpoint,
  pattern: new RegExp(`^${endpoint.path.replace('{id}', '[^/]+')}$`),
}));

/** The contract endpoint a method and path are, if any. */
export function endpointFor(method: string, path: string): Endpoint | undefined {
  const pathname = path.split('?')[0];
  return routes.find(
    ({ endpoint, pattern }) => endpoint.method === method && pattern.test(pathname ?? ''),
  )?.endpoint;
}

/**
 * Checks a reply against the contract: a 200 against its endpoint's response schema, anything
 * from 400 up as an error envelope of the right status, quoting the request id of the header
 * (a replay quotes the request it replays, as Stripe's `Original-Request` does).
 *
 * @throws Error naming what does not match
 */
export function assertContractReply(method: string, path: string, reply: Reply): void {
  const where = `${method} ${path} → ${reply.status}`;
  const requestId = reply.headers.get(REQUEST_ID_HEADER);
  if (!requestId || !/^req_[0-9A-Za-z]{8,64}$/.test(requestId)) {
    throw new Error(`${where}: no ${REQUEST_ID_HEADER} header (got ${requestId})`);
  }
  if (reply.status === 200) {
    const endpoint = endpointFor(method, path);
    if (!endpoint) return;
    const result = endpoint.response.safeParse(reply.body);
    if (!result.success) {
      throw new Error(
        `${where}: the body does not match the contract's ${endpoint.path} response: ` +
          `${JSON.stringify(result.error.issues)}\n${reply.text}`,
      );
    }
    return;
  }
  if (reply.status < 400) return;
  const envelope = ErrorEnvelope.safeParse(reply.body);
  if (!envelope.success) {
    throw new Error(`${where}: not an error envelope: ${reply.text}`);
  }
  const { code, type, request_id } = envelope.data.error;
  const known = ERROR_CODES[code as ErrorCode];
  if (!known) throw new Error(`${where}: unknown error code ${code}`);
  if (known.status !== reply.status || known.type !== type) {
    throw new Error(
      `${where}: ${code} is ${known.type} with status ${known.status}, got ${type} ${reply.status}`,
    );
  }
  const replayed = reply.headers.get(IDEMPOTENT_REPLAY_HEADER) === 'true';
  if (!replayed && request_id !== requestId) {
    throw new Error(`${where}: request_id ${request_id} is not the header's ${requestId}`);
  }
  if (!reply.headers.get('Content-Type')?.startsWith('application/json')) {
    throw new Error(`${where}: an error must be JSON`);
  }
}

/** Reads a response into a {@link Reply}, checked against the contract. */
export async function readReply<T = unknown>(
  method: string,
  path: string,
  response: Response,
): Promise<Reply<T>> {
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  const reply: Reply<T> = {
    status: response.status,
    body: body as T,
    text,
    headers: response.headers,
  };
  assertContractReply(method, path, reply);
  return reply;
}

function mergeHeaders(...layers: HeaderOverrides[]): Record<string, string> {
  const merged = new Map<string, [string, string | null]>();
  for (const layer of layers) {
    for (const [name, value] of Object.entries(layer))
      merged.set(name.toLowerCase(), [name, value]);
  }
  const headers: Record<string, string> = {};
  for (const [name, value] of merged.values()) if (value !== null) headers[name] = value;
  return headers;
}

/**
 * Calls the app with a credential: `Authorization: Bearer <key>`, the API version, and on a POST
 * a fresh `Idempotency-Key` and a JSON body, unless the call's headers say otherwise.
 */
export function caller(app: App, key: string | undefined, options: CallerOptions = {}): Caller {
  async function call(method: string, path: string, body: unknown, headers: HeaderOverrides) {
    const defaults: HeaderOverrides = {
      ...(key ? { Authorization: `Bearer ${key}` } : {}),
      [API_VERSION_HEADER]: API_VERSION,
      ...(method === 'POST'
        ? { [IDEMPOTENCY_KEY_HEADER]: newKey(), 'Content-Type': 'application/json' }
        : {}),
    };
    const response = await app.request(path, {
      method,
      headers: mergeHeaders(defaults, options.headers ?? {}, headers),
      body:
        method === 'POST'
          ? typeof body === 'string'
            ? body
            : JSON.stringify(body ?? {})
          : undefined,
    });
    const reply = await readReply(method, path, response);
    await options.after?.(reply, { method, path });
    return reply;
  }
  return {
    get: <T>(path: string, headers: HeaderOverrides = {}) =>
      call('GET', path, undefined, headers) as Promise<Reply<T>>,
    post: <T>(path: string, body?: unknown, headers: HeaderOverrides = {}) =>
      call('POST', path, body, headers) as Promise<Reply<T>>,
    delete: <T>(path: string, headers: HeaderOverrides = {}) =>
      call('DELETE', path, undefined, headers) as Promise<Reply<T>>,
    with: (headers) =>
      caller(app, key, { ...options, headers: { ...options.headers, ...headers } }),
  };
}

/**
 * Recomputes the partner's ledger through `GET /v1/sandbox/ledger/verify`.
 *
 * @throws Error when any balance differs from its postings or any entry does not balance
 */
export async function verifyLedgerOk(app: App, secretKey: string): Promise<LedgerReport> {
  const response = await app.request('/v1/sandbox/ledger/verify', {
    headers: { Authorization: `Bearer ${secretKey}`, [API_VERSION_HEADER]: API_VERSION },
  });
  const reply = await readReply<LedgerReport>('GET', '/v1/sandbox/ledger/verify', response);
  if (reply.status !== 200 || !reply.body.ok) {
    throw new Error(`The ledger does not verify: ${reply.text}`);
  }
  return reply.body;
}

/** An `after` hook that verifies the partner's ledger after every call. */
export function ledgerCheck(app: App, secretKey: string): AfterCall {
  return async () => {
    await verifyLedgerOk(app, secretKey);
  };
}

/** Money in CNY. */
export function cny(amount: number) {
  return { amount, currency: 'CNY' as const };
}

/** The shared seed's shop and supplier (see ../seed.ts), as the tests post them. */
export const SHOP = SEED.shop;

/** Test shop `n`'s own credit code (see `SEED.creditCode`). */
export const creditCodeOf = SEED.creditCode;
export const SUPPLIER = SEED.supplier;

/** The parameters of a one-line checkout session. */
export function sessionParams(
  buyer: string,
  supplier: string,
  amount: number,
  extra: Record<string, unknown> = {},
) {
  return {
    buyer,
    supplier,
    amount: cny(amount),
    line_items: [SEED.item(amount)],
    ...extra,
  };
}

/** A new partner and its server's caller (checking its ledger after every call by default). */
export async function newPartner(
  app: App,
  params: CreatePartnerParams = {},
  options: { checkLedger?: boolean } = {},
): Promise<{ partner: Partner; server: Caller }> {
  const reply = await caller(app, undefined).post<Partner>('/v1/sandbox/partners', params);
  if (reply.status !== 200) throw new Error(`Could not create a partner: ${reply.text}`);
  const partner = reply.body;
  const after = options.checkLedger === false ? undefined : ledgerCheck(app, partner.secret_key);
  return { partner, server: caller(app, partner.secret_key, { after }) };
}

export interface WorldOptions {
  /** What to top the shop's wallet up with first; 0 for nothing. @default 100_000 */
  topUp?: number;
  /** The amount of the checkout session. @default 25_800 */
  amount?: number;
  /** Seconds until the session expires. */
  expiresIn?: number;
  allowedOrigins?: string[];
  /** Let the partner's secret key release escrow (with a reason). */
  secretKeyRelease?: boolean;
  /** Verify the partner's ledger after every call. @default true */
  checkLedger?: boolean;
}

export interface World {
  partner: Partner;
  /** The partner's server: its secret key. */
  server: Caller;
  shop: Buyer;
  supplier: Supplier;
  session: CheckoutSession;
  /** The page of `session`: the publishable key and the session's client secret. */
  page: Caller;
  /** The page of another session of this partner. */
  pageOf(session: CheckoutSession): Caller;
  /** Creates another checkout session for the shop and supplier. */
  createSession(amount: number, extra?: Record<string, unknown>): Promise<CheckoutSession>;
}

async function ok<T>(reply: Promise<Reply<T>>): Promise<T> {
  const { status, body, text } = await reply;
  if (status !== 200) throw new Error(`Setting up the world failed: ${status} ${text}`);
  return body;
}

/** A fresh partner with a shop (topped up), a supplier and an open checkout session. */
export async function world(app: App, options: WorldOptions = {}): Promise<World> {
  const { partner, server } = await newPartner(
    app,
    {
      ...(options.allowedOrigins ? { allowed_origins: options.allowedOrigins } : {}),
      ...(options.secretKeyRelease ? { secret_key_release: true } : {}),
    },
    { checkLedger: options.checkLedger },
  );
  const after = options.checkLedger === false ? undefined : ledgerCheck(app, partner.secret_key);
  const shop = await ok(server.post<Buyer>('/v1/buyers', SHOP));
  const supplier = await ok(server.post<Supplier>('/v1/suppliers', SUPPLIER));
  if (options.topUp !== 0) {
    await ok(
      server.post(`/v1/wallets/${shop.wallet}/top_ups`, { amount: cny(options.topUp ?? 100_000) }),
    );
  }
  const createSession = (amount: number, extra: Record<string, unknown> = {}) =>
    ok(
      server.post<CheckoutSession>(
        '/v1/checkout_sessions',
        sessionParams(shop.id, supplier.id, amount, extra),
      ),
    );
  const session = await createSession(
    options.amount ?? 25_800,
    options.expiresIn === undefined ? {} : { expires_in: options.expiresIn },
  );
  const pageOf = (of: CheckoutSession) =>
    caller(app, partner.publishable_key, {
      headers: { [CLIENT_SECRET_HEADER]: of.client_secret },
      after,
    });
  return {
    partner,
    server,
    shop,
    supplier,
    session,
    page: pageOf(session),
    pageOf,
    createSession,
  };
}

export interface ApprovedShopOptions {
  /** With its scenario triggers. @default '贝贝母婴生活馆 [approve]' (20,000.00 at 10.95%) */
  businessName?: string;
  /** The consents it gives before applying. @default ['credit_query'] (no direct debit) */
  consents?: ConsentType[];
}

/**
 * A fresh partner, a supplier and a shop that consented and was approved (by default the
 * `[approve]` line, 20,000.00 at APR 10.95%), with what credit tests do next: a checkout page,
 * a drawdown confirmed with its code, a top-up, the test clock.
 */
export async function approvedShop(app: App, options: ApprovedShopOptions = {}) {
  const { partner, server } = await newPartner(app);
  const businessName = options.businessName ?? '贝贝母婴生活馆 [approve]';
  const shop = await ok(server.post<Buyer>('/v1/buyers', { ...SHOP, business_name: businessName }));
  const supplier = await ok(server.post<Supplier>('/v1/suppliers', SUPPLIER));
  for (const type of options.consents ?? ['credit_query']) {
    const consent = { buyer: shop.id, type, template_version: '2026-11-01', locale: 'zh-CN' };
    await ok(server.post('/v1/consents', consent));
  }
  const application = await ok(
    server.post<CreditApplication>('/v1/credit_applications', {
      buyer: shop.id,
      months_trading: 24,
    }),
  );
  const line = await ok(server.get<CreditLine>(`/v1/credit_lines/${application.credit_line}`));
  /** A checkout session of `amount` that allows `methods` (and `extra` params), and its page. */
  const checkout = async (amount: number, methods = ['wallet', 'credit'], extra = {}) => {
    const params = sessionParams(shop.id, supplier.id, amount, {
      payment_methods: methods,
      ...extra,
    });
    const session = await ok(server.post<CheckoutSession>('/v1/checkout_sessions', params));
    const page = caller(app, partner.publishable_key, {
      headers: { [CLIENT_SECRET_HEADER]: session.client_secret },
    });
    return { session, page };
  };
  /** Pays a new session of `amount` on credit with `term`; the loan it drew. */
  const borrow = async (
    amount: number,
    term: LoanTerm = { repayment_method: 'pay_anytime', length: 30 },
  ) => {
    const { session, page } = await checkout(amount, ['credit']);
    await ok(page.post('/v1/client/checkout_session/verification_codes'));
    const verification_code = await codeFor(server, session.id);
    await ok(
      page.post('/v1/client/checkout_session/confirm', {
        payment_method: 'credit',
        term,
        verification_code,
      }),
    );
    const loans = await ok(server.get<List<Loan>>(`/v1/loans?buyer=${shop.id}&limit=1`));
    return loans.data[0]!;
  };
  const topUp = (amount: number) =>
    ok(server.post(`/v1/wallets/${shop.wallet}/top_ups`, { amount: cny(amount) }));
  const advanceDays = (days: number) => ok(server.post('/v1/test_clocks/advance', { days }));
  return { partner, server, shop, supplier, line, checkout, borrow, topUp, advanceDays };
}

/** The code the shop owner's phone would show, read from the sandbox-only endpoint. */
export async function codeFor(server: Caller, sessionId: string): Promise<string> {
  const reply = await server.get<SandboxVerificationCode>(
    `/v1/sandbox/verification_codes?checkout_session=${sessionId}`,
  );
  if (reply.status !== 200) throw new Error(`No code for ${sessionId}: ${reply.text}`);
  return reply.body.code;
}

/** A six-digit code that is not `code`. */
export function wrongCode(code: string, offset = 1): string {
  return String((Number(code) + offset) % 1_000_000).padStart(6, '0');
}

/** Asserts a reply is the contract's error of `code` (its status, and `param` when given). */
export function expectError(reply: Reply, code: ErrorCode, param?: string): ErrorBody {
  const error = (reply.body as ErrorEnvelope | undefined)?.error;
  expect({ status: reply.status, code: error?.code }, reply.text).toEqual({
    status: ERROR_CODES[code].status,
    code,
  });
  if (param !== undefined) expect(error?.param).toBe(param);
  return error!;
}
