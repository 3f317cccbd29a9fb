/**
 * The webhook signature protocol, shared by the bank (which signs) and the SDK (which verifies):
 *
 *     Xinghui-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">
 *
 * While a secret is being rotated the header carries two `v1=` values, one per secret. Built on
 * WebCrypto only, so it runs in browsers, Node 20, Deno, Bun and edge workers alike.
 */

/** How far a signature's timestamp may be from now before it is refused, by default. */
export const DEFAULT_TOLERANCE_SECONDS = 300;

/** Why a webhook signature was refused. */
export type WebhookSignatureProblem =
  'header_missing' | 'header_malformed' | 'timestamp_outside_tolerance' | 'signature_mismatch';

/** A webhook delivery whose signature does not prove it came from the bank, unchanged and recent. */
export class WebhookSignatureError extends Error {
  override name = 'WebhookSignatureError' as const;

  constructor(
    readonly problem: WebhookSignatureProblem,
    message: string,
  ) {
    super(message);
  }
}

/** A webhook body exactly as received: the raw text or bytes, never re-serialised JSON. */
export type WebhookPayload = string | Uint8Array;

/** The parts of a signature header. */
export interface SignatureHeader {
  timestamp: number;
  signatures: string[];
}

/**
 * Reads a `Xinghui-Signature` header. Unknown schemes (a future `v2=`) are ignored.
 *
 * @throws {@link WebhookSignatureError} when the header is missing or has no timestamp or `v1`
 */
export function parseSignatureHeader(header: string | null | undefined): SignatureHeader {
  if (!header) throw new WebhookSignatureError('header_missing', 'No Xinghui-Signature header');
  let timestamp = Number.NaN;
  const signatures: string[] = [];
  for (const part of header.split(',')) {
    const [key = '', ...rest] = part.trim().split('=');
    const value = rest.join('=');
    if (key === 't' && /^\d{1,12}$/.test(value)) timestamp = Number(value);
    if (key === 'v1' && /^[0-9a-f]{64}$/.test(value)) signatures.push(value);
  }
  if (Number.isNaN(timestamp) || signatures.length === 0) {
    throw new WebhookSignatureError(
      'header_malformed',
      'Xinghui-Signature must look like "t=<unix seconds>,v1=<64 hex digits>"',
    );
  }
  return { timestamp, signatures };
}

/**
 * Refuses a timestamp further than `toleranceSeconds` from `nowSeconds`, in either direction,
 * so a captured delivery cannot be replayed later.
 */
export function assertFreshTimestamp(
  timestamp: number,
  toleranceSeconds: number,
  nowSeconds: number,
): void {
  if (Math.abs(nowSeconds - timestamp) > toleranceSeconds) {
    throw new WebhookSignatureError(
      'timestamp_outside_tolerance',
      `Signature timestamp ${timestamp} is more than ${toleranceSeconds} s from now (${nowSeconds})`,
    );
  }
}

const encoder = new TextEncoder();

/** The exact bytes that are signed: `"<t>."` followed by the raw body. */
export function signedBytes(timestamp: number, payload: WebhookPayload): Uint8Array<ArrayBuffer> {
  const prefix = encoder.encode(`${timestamp}.`);
  const body = typeof payload === 'string' ? encoder.encode(payload) : payload;
  const bytes = new Uint8Array(prefix.length + body.length);
  bytes.set(prefix);
  bytes.set(body, prefix.length);
  return bytes;
}

function hmacKey(secret: string, usage: 'sign' | 'verify'): Promise<CryptoKey> {
  return crypto.subtle.importKey(
    'raw',
    encoder.encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    [usage],
  );
}

function toHex(bytes: ArrayBuffer): string {
  return Array.from(new Uint8Array(bytes), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function fromHex(hex: string): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

/** Options for {@link signWebhookPayload}. */
export interface SignOptions {
  payload: WebhookPayload;
  /** The endpoint's signing secret, or during a rotation both secrets (each adds a `v1=`). */
  secret: string | readonly string[];
  /** Unix seconds; defaults to now. */
  timestamp?: number;
}

/**
 * Signs a webhook body and returns the `Xinghui-Signature` header value. The bank uses it to
 * deliver; partners use it (through the SDK's `generateTestHeader`) to test their handlers.
 *
 * @example
 * ```ts
 * const header = await signWebhookPayload({ payload: body, secret: 'whsec_…' });
 * // 't=1764300000,v1=5f2b…'
 * ```
 */
export async function signWebhookPayload(options: SignOptions): Promise<string> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const bytes = signedBytes(timestamp, options.payload);
  const secrets = typeof options.secret === 'string' ? [options.secret] : options.secret;
  const signatures = await Promise.all(
    secrets.map(async (secret) =>
      toHex(await crypto.subtle.sign('HMAC', await hmacKey(secret, 'sign'), bytes)),
    ),
  );
  return [`t=${timestamp}`, ...signatures.map((signature) => `v1=${signature}`)].join(',');
}

/** Options for {@link verifyWebhookSignature}. */
export interface VerifyOptions {
  /** The body exactly as received. */
  payload: WebhookPayload;
  /** The `Xinghui-Signature` header. */
  header: string | null | undefined;
  /** The endpoint's signing secret. */
  secret: string;
  /** @default 300 */
  toleranceSeconds?: number;
  /** Unix seconds to judge the timestamp against; defaults to now. */
  nowSeconds?: number;
}

/**
 * Verifies that a webhook body was signed by the bank with `secret`, recently. The comparison
 * is WebCrypto's `verify`, which runs in constant time.
 *
 * @throws {@link WebhookSignatureError} saying what was wrong
 * @example
 * ```ts
 * await verifyWebhookSignature({ payload: rawBody, header: req.headers['xinghui-signature'], secret });
 * ```
 */
export async function verifyWebhookSignature(options: VerifyOptions): Promise<void> {
  const { timestamp, signatures } = parseSignatureHeader(options.header);
  assertFreshTimestamp(
    timestamp,
    options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS,
    options.nowSeconds ?? Math.floor(Date.now() / 1000),
  );
  const key = await hmacKey(options.secret, 'verify');
  const bytes = signedBytes(timestamp, options.payload);
  for (const signature of signatures) {
    if (await crypto.subtle.verify('HMAC', key, fromHex(signature), bytes)) return;
  }
  throw new WebhookSignatureError(
    'signature_mismatch',
    'No signature matches the body and secret: check you pass the raw body and the right secret',
  );
}
