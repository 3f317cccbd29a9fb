import {
  DEFAULT_TOLERANCE_SECONDS,
  Event,
  WebhookSignatureError,
  assertFreshTimestamp,
  parseSignatureHeader,
  signWebhookPayload,
  signedBytes,
  verifyWebhookSignature,
  type SignOptions,
  type WebhookPayload,
} from '@xinghui/contract';
import { XinghuiSchemaError } from './errors/index.js';

/** Options of {@link Webhooks.constructEvent}. */
export interface ConstructEventOptions {
  /**
   * How old (or how far in the future) a signature's timestamp may be, in seconds.
   * @default 300
   */
  toleranceSeconds?: number;
}

const decoder = new TextDecoder();

function parseEvent(payload: WebhookPayload): Event {
  const text = typeof payload === 'string' ? payload : decoder.decode(payload);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new XinghuiSchemaError('The webhook body is not JSON', { issues: [] });
  }
  const parsed = Event.safeParse(json);
  if (!parsed.success) {
    throw new XinghuiSchemaError('The webhook body is not an event this SDK can read', {
      issues: parsed.error.issues.map(({ path, message }) => ({ path, message })),
      raw: json,
    });
  }
  return parsed.data;
}

/** The parts of `node:crypto` the synchronous check needs, found without a static import so this module also loads on edge runtimes. */
function nodeCrypto() {
  const crypto = globalThis.process?.getBuiltinModule?.('node:crypto');
  if (!crypto) {
    throw new Error(
      'webhooks.constructEvent needs node:crypto; on edge runtimes use constructEventAsync',
    );
  }
  return crypto;
}

/**
 * Verifies webhook deliveries and turns them into typed events. Always pass the raw body,
 * exactly as received: re-serialised JSON will not match its signature.
 */
export class Webhooks {
  /**
   * Verifies a delivery's signature and returns its event, typed by `type`.
   * Synchronous, on `node:crypto`; the comparison runs in constant time.
   *
   * @param payload - the raw request body (string or bytes)
   * @param header - the `Xinghui-Signature` header
   * @param secret - the endpoint's signing secret, `whsec_…`
   * @throws `WebhookSignatureError` when the signature is missing, wrong or stale;
   *   {@link XinghuiSchemaError} when the body is not an event
   * @example
   * ```ts
   * // Node's http: collect the body as a Buffer first
   * const event = xinghui.webhooks.constructEvent(rawBody, req.headers['xinghui-signature'], secret);
   * switch (event.type) {
   *   case 'payment.succeeded': markPaid(event.data.object.checkout_session); break;
   *   default: break; // types newer than this SDK arrive too
   * }
   * ```
   */
  constructEvent(
    payload: WebhookPayload,
    header: string | string[] | null | undefined,
    secret: string,
    options: ConstructEventOptions = {},
  ): Event {
    const { timestamp, signatures } = parseSignatureHeader(single(header));
    assertFreshTimestamp(
      timestamp,
      options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS,
      Math.floor(Date.now() / 1000),
    );
    const { createHmac, timingSafeEqual } = nodeCrypto();
    const expected = createHmac('sha256', secret).update(signedBytes(timestamp, payload)).digest();
    const matches = signatures.some((signature) =>
      timingSafeEqual(Buffer.from(signature, 'hex'), expected),
    );
    if (!matches) {
      throw new WebhookSignatureError(
        'signature_mismatch',
        'No signature matches the body and secret: check you pass the raw body and the right secret',
      );
    }
    return parseEvent(payload);
  }

  /**
   * {@link Webhooks.constructEvent} on WebCrypto, for edge runtimes (workers, Deno, Bun).
   *
   * @example
   * ```ts
   * export default {
   *   async fetch(request: Request) {
   *     const event = await xinghui.webhooks.constructEventAsync(
   *       await request.text(), request.headers.get('xinghui-signature'), env.XINGHUI_WEBHOOK_SECRET);
   *     return new Response(null, { status: 204 });
   *   },
   * };
   * ```
   */
  async constructEventAsync(
    payload: WebhookPayload,
    header: string | string[] | null | undefined,
    secret: string,
    options: ConstructEventOptions = {},
  ): Promise<Event> {
    await verifyWebhookSignature({
      payload,
      header: single(header),
      secret,
      toleranceSeconds: options.toleranceSeconds,
    });
    return parseEvent(payload);
  }

  /**
   * Signs a payload as the bank would, for testing your webhook handler. Pass two secrets to
   * sign as during a rotation.
   *
   * @example
   * ```ts
   * const payload = JSON.stringify(testEvent);
   * const header = await xinghui.webhooks.generateTestHeader({ payload, secret: 'whsec_test' });
   * await fetch('http://127.0.0.1:3000/webhooks', { method: 'POST', body: payload, headers: { 'Xinghui-Signature': header } });
   * ```
   */
  generateTestHeader(options: SignOptions): Promise<string> {
    return signWebhookPayload(options);
  }
}

/** Node gives repeated headers as arrays; a signature header is never legitimately repeated. */
function single(header: string | string[] | null | undefined): string | undefined {
  return Array.isArray(header) ? header.join(',') : (header ?? undefined);
}
