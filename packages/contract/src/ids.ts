import { z } from './zod.js';

/**
 * The prefix of every kind of id. An id names its type (`buy_…` is a buyer), so a wrong id in the
 * wrong place is caught by its shape before any lookup.
 */
export const ID_PREFIXES = {
  buyer: 'buy',
  supplier: 'sup',
  settlementAccount: 'acct',
  wallet: 'wal',
  /** A movement on an account: wallet transactions are these. */
  balanceTransaction: 'txn',
  journalEntry: 'je',
  verificationCode: 'vc',
  timer: 'tmr',
  checkoutSession: 'cs',
  payment: 'pay',
  refund: 're',
  event: 'evt',
  request: 'req',
  partner: 'ptn',
  consent: 'con',
  creditApplication: 'capp',
  creditLine: 'cl',
  loan: 'loan',
  repayment: 'rpy',
  tradeReport: 'tr',
  limitReview: 'lr',
  walletSession: 'ws',
  webhookEndpoint: 'we',
  /** One event's delivery to one webhook endpoint, with its attempts. */
  webhookDelivery: 'whd',
  /** One shop's supplier-led pre-approval (批量预授信). */
  preApproval: 'pa',
  /** One nomination call's pre-approvals. */
  preApprovalBatch: 'pab',
  /** A repayment reminder or overdue notice sent to a shop. */
  notice: 'ntc',
} as const;

/** The prefix that names an id's type (`buy`, `pay`…). */
export type IdPrefix = (typeof ID_PREFIXES)[keyof typeof ID_PREFIXES];

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const RANDOM_LENGTH = 24;

/**
 * Random base62 text from the platform's CSPRNG (`crypto.getRandomValues`, present in browsers
 * and in Node), without modulo bias.
 */
export function randomToken(length: number): string {
  let out = '';
  while (out.length < length) {
    // Bytes come from a pool refilled 4 KB at a time: one CSPRNG call per ~150 ids, not per id
    // (a server makes several ids per call). Each byte is used once.
    if (poolAt === pool.length) {
      crypto.getRandomValues(pool);
      poolAt = 0;
    }
    const byte = pool[poolAt++]!;
    // 248 = 4 × 62: bytes above it would favour the first characters.
    if (byte < 248) out += ALPHABET[byte % 62];
  }
  return out;
}

const pool = new Uint8Array(4_096);
let poolAt = pool.length;

/**
 * Makes a new id of the given type.
 *
 * @example
 * ```ts
 * generateId('pay'); // 'pay_3kTMd9Qx0bZc7Lh2Vw8Ynp4R'
 * ```
 */
export function generateId<P extends IdPrefix>(prefix: P): `${P}_${string}` {
  return `${prefix}_${randomToken(RANDOM_LENGTH)}`;
}

/** The schema of an id of one type: its prefix, an underscore and 8 to 64 base62 characters. */
// @__NO_SIDE_EFFECTS__
export function idOf(prefix: IdPrefix) {
  return z
    .string()
    .check(
      z.regex(
        new RegExp(`^${prefix}_[0-9A-Za-z]{8,64}$`),
        `must be an id starting with "${prefix}_"`,
      ),
    );
}

/** A buyer's (shop's) id, `buy_…`. */
export const BuyerId = idOf('buy');
/** A supplier's id, `sup_…`. */
export const SupplierId = idOf('sup');
/** A supplier's settlement account id, `acct_…`. */
export const SettlementAccountId = idOf('acct');
/** A shop's wallet id, `wal_…`. */
export const WalletId = idOf('wal');
/** A wallet movement's id, `txn_…`. */
export const WalletTransactionId = idOf('txn');
/** A checkout session's id, `cs_…`. */
export const CheckoutSessionId = idOf('cs');
/** A payment's id, `pay_…`. */
export const PaymentId = idOf('pay');
/** A refund's id, `re_…`. */
export const RefundId = idOf('re');
/** An event's id, `evt_…`: the same on every delivery of the event. */
export const EventId = idOf('evt');
