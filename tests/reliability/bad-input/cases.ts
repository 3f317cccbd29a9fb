/**
 * What "bad input" means for one endpoint of the contract, as fast-check cases, each with the
 * reason it is bad. The oracle stays sound: a generated body or query is kept only when the
 * endpoint's own zod schema rejects it; everything else (an id that names nothing, text that is
 * not JSON, a header value outside the protocol) is wrong by construction.
 */
import fc from 'fast-check';
import {
  API_VERSION,
  API_VERSION_HEADER,
  CLIENT_SECRET_HEADER,
  IDEMPOTENCY_KEY_HEADER,
  newIdempotencyKey,
  z,
  type Endpoint,
} from '@xinghui/contract';
import { longString, nearValidText, oddUnicode, queryPairs } from '../json-text.js';
import type { Fixture } from './fixture.js';

/** One request to send, and why the bank must refuse it. */
export interface BadRequest {
  method: Endpoint['method'];
  /** Path and query string. */
  url: string;
  headers: Record<string, string>;
  body?: string;
  kind: 'body' | 'query' | 'id' | 'json' | 'header';
}

/** Which session's client secret a page endpoint is called with. */
const CLIENT_SESSION: Record<string, 'checkout' | 'wallet'> = {
  retrieveClientCheckoutSession: 'checkout',
  requestCheckoutVerificationCode: 'checkout',
  confirmCheckoutSession: 'checkout',
  retrieveClientConsentTemplate: 'checkout',
  createClientConsent: 'checkout',
  listClientLoanOffers: 'checkout',
  createClientCreditApplication: 'checkout',
  retrieveClientWallet: 'wallet',
  listClientWalletTransactions: 'wallet',
  listClientLoans: 'wallet',
  retrieveClientLoanAgreement: 'wallet',
  requestRepaymentCode: 'wallet',
  createClientRepayment: 'wallet',
  listClientLoanRepayments: 'wallet',
  createClientLimitReview: 'wallet',
  revokeClientDataSharing: 'wallet',
  revokeClientConsent: 'wallet',
  retrieveClientCreditLine: 'wallet',
  retrieveClientPreApproval: 'wallet',
  acceptClientPreApproval: 'wallet',
  declineClientPreApproval: 'checkout',
  retrieveReceiptConfirmation: 'wallet',
  requestReceiptConfirmationCode: 'wallet',
  confirmClientReceipt: 'wallet',
  listReceiptConfirmations: 'wallet',
  retrieveClientCreditLineStatement: 'wallet',
  retrieveClientPayoffCertificate: 'wallet',
};

/** A POST without parameters takes none: `{}` or nothing (the bank's rule for such POSTs). */
const NO_PARAMS = z.strictObject({});

/** `/v1/client/loans/{id}/repayments` → `loans`: whose id goes in the path. */
export function collectionOf(endpoint: Endpoint): string | undefined {
  return /\/([a-z_]+)\/\{id\}/.exec(endpoint.path)?.[1];
}

/** The right credential for the endpoint: the secret key, or the publishable key and a session. */
export function credentialHeaders(
  name: string,
  endpoint: Endpoint,
  fixture: Fixture,
): Record<string, string> {
  if (endpoint.auth === 'none') return {};
  if (endpoint.auth !== 'client') return { Authorization: `Bearer ${fixture.secretKey}` };
  const session = CLIENT_SESSION[name];
  if (!session) throw new Error(`${name}: say which session's client secret it is called with`);
  return {
    Authorization: `Bearer ${fixture.publishableKey}`,
    [CLIENT_SECRET_HEADER]: session === 'checkout' ? fixture.checkoutSecret : fixture.walletSecret,
  };
}

/** True when `text` is what `JSON.parse` refuses (and not blank, which the bank reads as `{}`). */
function isNotJson(text: string): boolean {
  if (text.trim() === '') return false;
  try {
    JSON.parse(text);
    return false;
  } catch {
    return true;
  }
}

/** The body schema rejects the text as the bank reads it (blank is `{}`); bad JSON counts too. */
function bodyRejected(schema: z.ZodMiniType, text: string): boolean {
  if (text.trim() === '') return !schema.safeParse({}).success;
  try {
    return !schema.safeParse(JSON.parse(text)).success;
  } catch {
    return true;
  }
}

/**
 * The query object the bank validates: strings, except an all-digit `limit` (as the sandbox's
 * `queryObject` reads a query string); the last of repeated names wins.
 */
function queryAsRead(pairs: [string, string][]): Record<string, string | number> {
  const query: Record<string, string | number> = {};
  for (const [key, value] of new URLSearchParams(pairs)) {
    query[key] = key === 'limit' && /^\d{1,6}$/.test(value) ? Number(value) : value;
  }
  return query;
}

/** A header value after `Headers` normalises it (surrounding whitespace trimmed). */
function asSent(name: string, value: string): string | null {
  try {
    return new Headers({ [name]: value }).get(name);
  } catch {
    return null; // not a valid header value at all: fetch would refuse to send it
  }
}

/** Text that is not JSON: cut off, with trailing junk, JavaScript-only syntax. */
const notJson: fc.Arbitrary<string> = fc
  .oneof(
    fc.constantFrom(
      '{',
      '{"a":',
      '{"a":1,}',
      "{'a':1}",
      '{a:1}',
      '[1,2',
      '{"a":NaN}',
      '{"a":Infinity}',
      '{"a":undefined}',
      '{"a":1}}',
      '{"a":1} x',
      'nul',
      '{"a":"\u0000"}',
      '{"a":"\\x41"}',
      '{"a":01}',
      '{"a":.5}',
      '{"a":+1}',
      '{"a":"',
      '//\n{}',
    ),
    fc.string({ maxLength: 30 }).map((text) => `{${text}`),
    fc.jsonValue({ maxDepth: 2 }).map((value) => JSON.stringify(value).slice(0, -1) + '#'),
  )
  .filter(isNotJson);

/** An id that names nothing of this partner: unknown, another partner's, malformed, huge. */
function badId(real: string, others: string): fc.Arbitrary<string> {
  const prefix = /^[a-z]+_/.exec(real)?.[0] ?? '';
  const unknown = fc
    .string({
      unit: fc.constantFrom(...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'),
      minLength: 1,
      maxLength: 40,
    })
    .map((tail) => prefix + tail);
  return (
    fc
      .oneof(
        unknown,
        // Another partner's object: ids are global, ownership is not.
        fc.constant(others),
        fc.constantFrom(
          '0',
          '-1',
          'null',
          'undefined',
          '..',
          '%2e%2e',
          ' ',
          real.toUpperCase(),
          `${real}x`,
          real.slice(0, -1),
        ),
        oddUnicode,
        longString.map((text) => text.slice(0, 5_000)),
      )
      // A path carries UTF-8: a lone surrogate cannot be encoded into one (invalid UTF-8 in a path
      // is request hygiene, tested with the HTTP layer).
      .filter((id) => id !== real && id !== '' && !/\p{Cs}/u.test(id))
  );
}

/** The path of an endpoint with `id` in it (encoded as a client would). */
function pathWith(endpoint: Endpoint, id: string): string {
  return endpoint.path.replace('{id}', encodeURIComponent(id));
}

/**
 * Bad requests for one endpoint, called with the right credential for it; every kind of
 * wrongness that applies to its shape (body, query, path id, JSON, protocol headers).
 */
export function badRequests(
  name: string,
  endpoint: Endpoint,
  fixture: Fixture,
  other: Fixture,
): fc.Arbitrary<BadRequest> {
  const collection = collectionOf(endpoint);
  const realId = collection ? fixture.ids[collection] : undefined;
  if (collection && !realId) throw new Error(`${name}: no fixture object for /${collection}/{id}`);
  const path = realId ? pathWith(endpoint, realId) : endpoint.path;
  const headers = {
    ...credentialHeaders(name, endpoint, fixture),
    [API_VERSION_HEADER]: API_VERSION,
    ...(endpoint.method === 'POST'
      ? { 'Content-Type': 'application/json', [IDEMPOTENCY_KEY_HEADER]: newIdempotencyKey() }
      : {}),
  };
  // Each case gets its own idempotency key, so no case is answered from another's replay.
  const fresh = (request: Omit<BadRequest, 'headers'> & { headers?: Record<string, string> }) => ({
    ...request,
    headers: {
      ...headers,
      ...(endpoint.method === 'POST' ? { [IDEMPOTENCY_KEY_HEADER]: newIdempotencyKey() } : {}),
      ...request.headers,
    },
  });
  const options = { strings: fixture.strings };
  const kinds: fc.Arbitrary<BadRequest>[] = [];

  if (endpoint.method === 'POST') {
    const schema = endpoint.body ?? NO_PARAMS;
    const body = fc
      .oneof(
        { weight: 8, arbitrary: nearValidText(schema, options) },
        { weight: 1, arbitrary: fc.constantFrom('', '   ', '{}', '[]', 'null', '0', '""') },
      )
      .filter((text) => bodyRejected(schema, text));
    kinds.push(body.map((text) => fresh({ kind: 'body', method: 'POST', url: path, body: text })));
    kinds.push(
      notJson.map((text) => fresh({ kind: 'json', method: 'POST', url: path, body: text })),
    );
  }
  if (endpoint.query) {
    const schema = endpoint.query;
    const query = queryPairs(schema, options).filter(
      (pairs) => !schema.safeParse(queryAsRead(pairs)).success,
    );
    kinds.push(
      query.map((pairs) =>
        fresh({
          kind: 'query',
          method: endpoint.method,
          url: `${path}?${new URLSearchParams(pairs)}`,
        }),
      ),
    );
  }
  if (collection && realId) {
    const otherId = other.ids[collection]!;
    // A body the schema accepts may come with a bad id: then the id alone is what is wrong.
    const body =
      endpoint.method === 'POST'
        ? nearValidText(endpoint.body ?? NO_PARAMS, options)
        : fc.constant(undefined);
    kinds.push(
      fc
        .tuple(badId(realId, otherId === realId ? `${realId}0` : otherId), body)
        .map(([id, text]) =>
          fresh({ kind: 'id', method: endpoint.method, url: pathWith(endpoint, id), body: text }),
        ),
    );
  }
  // Every endpoint: a version the bank does not speak.
  const version = fc
    .oneof(
      fc.constantFrom(
        '',
        '2020-01-01',
        '2026-11-02',
        'latest',
        API_VERSION + ' ',
        `${API_VERSION},${API_VERSION}`,
      ),
      fc.string({ unit: 'grapheme-ascii', maxLength: 20 }),
    )
    .filter((value) => {
      const sent = asSent(API_VERSION_HEADER, value);
      return sent !== null && sent !== API_VERSION;
    });
  const validBody = endpoint.method === 'POST' ? '{}' : undefined;
  kinds.push(
    version.map((value) =>
      fresh({
        kind: 'header',
        method: endpoint.method,
        url: path,
        body: validBody,
        headers: { [API_VERSION_HEADER]: value },
      }),
    ),
  );
  // Creating a sandbox partner is the one POST without an idempotency key (there is no partner
  // yet to scope one to), so only the others are sent bad keys.
  if (endpoint.method === 'POST' && endpoint.auth !== 'none') {
    // An Idempotency-Key outside the protocol: 1 to 255 printable ASCII characters.
    const key = fc
      .oneof(
        fc.constantFrom('', ' ', 'has space', 'tab\there'),
        fc.integer({ min: 256, max: 2_000 }).map((length) => 'k'.repeat(length)),
        fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 300 }),
      )
      .filter((value) => {
        const sent = asSent(IDEMPOTENCY_KEY_HEADER, value);
        return sent !== null && !/^[\x21-\x7e]{1,255}$/.test(sent);
      });
    kinds.push(
      key.map((value) =>
        fresh({
          kind: 'header',
          method: 'POST',
          url: path,
          body: '{}',
          headers: { [IDEMPOTENCY_KEY_HEADER]: value },
        }),
      ),
    );
  }
  return fc.oneof(...kinds);
}
