/**
 * Checkouts driven through the SDK the way a real platform and its page do them, retrying as a
 * careful client would: on an error the SDK marks retryable (or, from an SDK that does not say,
 * on a lost connection, 409 in use, 429 or 5xx), with the same idempotency key, so a retry can
 * never pay twice. Records every order a client saw paid, for the checks afterwards.
 */
import { newIdempotencyKey, type Supplier, type Buyer } from '@xinghui/contract';
import { createClient, isXinghuiError } from '@xinghui/sdk';
import { Xinghui, createSandboxPartner } from '@xinghui/sdk/server';
import { SEED } from '@xinghui/sandbox';

const cny = (amount: number) => ({ amount, currency: 'CNY' as const });

/** What the runs count, for the reliability table. */
export interface DriverCounts {
  /** Retries made by the SDK itself (its `onRetry`). */
  sdkRetries: number;
  /** Retries made by the caller after the SDK gave up on a retryable error. */
  callerRetries: number;
  ordersPaid: number;
  /** Orders whose checkout never finished within the caller's patience. */
  ordersGivenUp: number;
}

/** True when repeating the same request (same idempotency key) is safe and may succeed. */
export function mayRetry(error: unknown): boolean {
  if (!isXinghuiError(error)) return false;
  const said = (error as { retryable?: unknown }).retryable;
  if (typeof said === 'boolean') return said;
  // An SDK that does not say: the same classes it retries itself.
  if (error.status === undefined) return true; // no answer: the connection failed
  return (
    error.status >= 500 ||
    error.status === 429 ||
    (error.status === 409 && error.code === 'idempotency_key_in_use')
  );
}

export interface DriverOptions {
  baseUrl: string;
  /** The SDK's timeout per attempt, in milliseconds. */
  timeoutMs: number;
  /** How long a caller keeps retrying one step before giving the order up. */
  patienceMs: number;
  counts: DriverCounts;
}

/** A platform with one supplier, its server SDK and its page SDK. */
export interface Platform {
  bank: Xinghui;
  page: ReturnType<typeof createClient>;
  supplier: Supplier;
  partner: { secret_key: string; publishable_key: string };
}

/** Runs `step` with one idempotency key until it succeeds, a non-retryable error, or patience runs out. */
async function persist<T>(
  options: DriverOptions,
  step: (idempotencyKey: string) => Promise<T>,
): Promise<T> {
  const key = newIdempotencyKey();
  const deadline = Date.now() + options.patienceMs;
  for (let attempt = 0; ; attempt++) {
    try {
      return await step(key);
    } catch (error) {
      if (!mayRetry(error) || Date.now() > deadline) throw error;
      options.counts.callerRetries++;
      await new Promise((resolve) => setTimeout(resolve, Math.min(1_000, 20 * 2 ** attempt)));
    }
  }
}

/** The SDK clients for a partner's server and page, counting the SDK's own retries. */
export function clients(options: DriverOptions, partner: Platform['partner']) {
  const common = {
    baseUrl: options.baseUrl,
    timeout: options.timeoutMs,
    initialRetryDelayMs: 10,
    maxRetryDelayMs: 500,
    onRetry: () => void options.counts.sdkRetries++,
  };
  return {
    bank: new Xinghui({ ...common, secretKey: partner.secret_key }),
    page: createClient({ ...common, publishableKey: partner.publishable_key }),
  };
}

/** A new sandbox partner with a supplier; each order brings its own shop. */
export async function newPlatform(options: DriverOptions): Promise<Platform> {
  const partner = await persist(options, () => createSandboxPartner({ baseUrl: options.baseUrl }));
  const { bank, page } = clients(options, partner);
  const supplier = await persist(options, (idempotencyKey) =>
    bank.suppliers.create(
      {
        business_name: '安心母婴用品批发有限公司',
        credit_code: '914403001922038216',
        phone: '13900139000',
        industry: 'mother_baby',
      },
      { idempotencyKey },
    ),
  );
  return { bank, page, supplier, partner };
}

let shops = 0;

/**
 * A shop with its own phone number and `amount` fen in its wallet. One shop per order: the
 * bank's one-time-code budgets are per phone, and a real platform's orders come from many shops.
 */
async function newShop(options: DriverOptions, bank: Xinghui, amount: number): Promise<Buyer> {
  // Fixed before the first attempt: every retry must send the very same body.
  const number = ++shops;
  const phone = `137${String(number).padStart(8, '0')}`;
  const shop = await persist(options, (idempotencyKey) =>
    bank.buyers.create(
      {
        business_name: `贝贝母婴生活馆 ${number} 号店`,
        // One shop per code (`credit_code_in_use`), as for the phone.
        credit_code: SEED.creditCode(number),
        owner_name: '林晓梅',
        phone,
        industry: 'mother_baby',
      },
      { idempotencyKey },
    ),
  );
  await persist(options, (idempotencyKey) =>
    bank.wallets.topUp(shop.wallet, { amount: cny(amount) }, { idempotencyKey }),
  );
  return shop;
}

/** An order a client saw paid. */
export interface PaidOrder {
  session: string;
  payment: string;
  amount: number;
}

/**
 * One checkout, end to end: the server creates the shop (topped up) and the session, the page asks for a code, the
 * server reads it from the sandbox-only endpoint (the shop's phone), the page confirms.
 *
 * @returns the order as the client saw it paid, or `undefined` when it gave up
 */
export async function checkout(
  options: DriverOptions,
  platform: Platform,
  amount: number,
): Promise<PaidOrder | undefined> {
  const { bank, page, supplier } = platform;
  try {
    const shop = await newShop(options, bank, amount);
    const session = await persist(options, (idempotencyKey) =>
      bank.checkoutSessions.create(
        {
          buyer: shop.id,
          supplier: supplier.id,
          amount: cny(amount),
          line_items: [{ name: '婴儿纸尿裤 L 码 (箱)', quantity: 1, unit_amount: cny(amount) }],
        },
        { idempotencyKey },
      ),
    );
    await persist(options, (idempotencyKey) =>
      page.checkoutSessions.requestVerificationCode(session.client_secret, { idempotencyKey }),
    );
    const { code } = await persist(options, () =>
      bank.sandbox.retrieveVerificationCode(session.id),
    );
    const paid = await persist(options, (idempotencyKey) =>
      page.checkoutSessions.confirm(
        session.client_secret,
        { payment_method: 'wallet', verification_code: code },
        { idempotencyKey },
      ),
    );
    if (paid.status !== 'complete' || !paid.payment) {
      throw new Error(`${session.id}: confirmed but ${paid.status}, payment ${paid.payment}`);
    }
    options.counts.ordersPaid++;
    return { session: session.id, payment: paid.payment, amount };
  } catch (error) {
    if (!isXinghuiError(error) || !mayRetry(error)) throw error;
    options.counts.ordersGivenUp++;
    return undefined;
  }
}

/**
 * What the bank holds against what the clients saw: every order seen paid is there exactly
 * once, no checkout session has two payments, the supplier got exactly the sum, the ledger
 * verifies.
 *
 * @returns the number of duplicate payments (a session paid more than once) and of lost orders
 */
export async function audit(
  platform: Platform,
  seen: readonly PaidOrder[],
): Promise<{ duplicates: number; lost: number; ledgerOk: boolean; problems: string[] }> {
  const { bank, supplier } = platform;
  const bySession = new Map<string, string[]>();
  let succeededTotal = 0;
  for await (const payment of bank.payments.list({ supplier: supplier.id, limit: 100 })) {
    if (payment.status !== 'succeeded') continue;
    succeededTotal += payment.amount.amount;
    const session = payment.checkout_session ?? payment.id;
    bySession.set(session, [...(bySession.get(session) ?? []), payment.id]);
  }
  const problems: string[] = [];
  let duplicates = 0;
  for (const [session, payments] of bySession) {
    if (payments.length > 1) {
      duplicates += payments.length - 1;
      problems.push(`${session} paid ${payments.length} times: ${payments.join(', ')}`);
    }
  }
  let lost = 0;
  for (const order of seen) {
    const payments = bySession.get(order.session) ?? [];
    if (!payments.includes(order.payment)) {
      lost++;
      problems.push(
        `${order.session}: the client saw ${order.payment} paid; the bank has ${payments.join(', ') || 'nothing'}`,
      );
    }
  }
  const balance = (await bank.suppliers.retrieve(supplier.id)).settlement_account.balance.amount;
  if (balance !== succeededTotal) {
    problems.push(`the supplier holds ${balance} fen, its payments sum to ${succeededTotal}`);
  }
  const ledger = await bank.sandbox.verifyLedger();
  if (!ledger.ok) problems.push(`the ledger does not verify: ${JSON.stringify(ledger)}`);
  return { duplicates, lost, ledgerOk: ledger.ok, problems };
}
