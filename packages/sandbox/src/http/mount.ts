import {
  IDEMPOTENCY_KEY_HEADER,
  IDEMPOTENT_REPLAY_HEADER,
  z,
  type Capability,
  type Endpoint,
} from '@xinghui/contract';
import type { Context as HonoContext, Hono } from 'hono';
import { ApiError } from '../engine/core/api-error.js';
import { clockNow } from '../engine/core/clock.js';
import type { Context as EngineContext } from '../engine/core/context.js';
import { authenticateClient, authenticateSecret } from './auth.js';
import type { Env } from './env.js';
import { errorReply, send, type ErrorReply } from './error-response.js';
import { readBody } from './body.js';
import {
  assertValidKey,
  completeKey,
  releaseKey,
  reserveKey,
  serverCredential,
  type KeyScope,
} from './idempotency.js';
import { canonicalJson, parseJsonBody, queryObject, validate } from './parse.js';

type Output<S> = S extends z.ZodMiniType ? z.output<S> : undefined;

/** What a route handler gets: the path id, the validated body and query, the page's session. */
export interface Input<E extends Endpoint> {
  id: string;
  body: Output<E['body']>;
  query: Output<E['query']>;
  /** The session a page's client secret names (client endpoints only). */
  sessionId: string;
}

export type Handler<E extends Endpoint> = (ctx: EngineContext, input: Input<E>) => unknown;

/** A POST without parameters still takes none: `{}` or an empty body. */
const NO_PARAMS = z.strictObject({});

/** The API key of a call that authenticated with one (`Bearer <key>`). */
function bearerOf(authorization: string | undefined): string {
  return /^Bearer (\S+)$/.exec(authorization ?? '')?.[1] ?? '';
}

/**
 * Serves a contract endpoint: authentication by its `auth`, validation by its schemas, and for
 * a POST the idempotency protocol. The handler runs in one engine transaction, in which the
 * response is also stored under the idempotency key, so effects and their replay commit together.
 */
export function mount<E extends Endpoint>(
  app: Hono<Env>,
  endpoint: E,
  handler: Handler<E>,
  capability?: Capability | readonly Capability[],
): void {
  const path = endpoint.path.replace('{id}', ':id');
  app.on(endpoint.method, path, async (c) => {
    const { store } = c.get('bank');
    let reply: Reply;
    try {
      reply = await answer(c, endpoint, handler, capability);
    } catch (error) {
      // A refusal may rest on rows the open batch read or wrote too; should that batch fail to
      // commit, the commit's error (500) is the answer instead.
      await store.committed();
      throw error;
    }
    // Nothing is answered before what it read and wrote is committed (`Store.committed`): the
    // store may commit several calls at once, after they return. A failed commit throws, and
    // every call of that batch answers 500 (`internal_error`, to retry).
    await store.committed();
    // Only now: should the commit fail, the 500 is no replay.
    if (reply.replayed) c.get('replyHeaders')[IDEMPOTENT_REPLAY_HEADER] = 'true';
    return send(c, reply);
  });
}

/** An answer, and whether it is a stored one replayed (`Idempotent-Replayed`). */
type Reply = ({ status: 200; body: string; retryAfter?: number } | ErrorReply) & {
  replayed?: true;
};

/** What a call answers, run and decided; {@link mount} sends it once it is committed. */
async function answer<E extends Endpoint>(
  c: HonoContext<Env>,
  endpoint: E,
  handler: Handler<E>,
  capability: Capability | readonly Capability[] | undefined,
): Promise<Reply> {
  const bank = c.get('bank');
  const requestId = c.get('requestId');
  const { partner, sessionId } =
    endpoint.auth === 'client'
      ? authenticateClient(c, ([] as Capability[]).concat(capability ?? []))
      : { partner: authenticateSecret(c), sessionId: '' };
  const id = c.req.param('id') ?? '';

  if (endpoint.method !== 'POST') {
    const query = endpoint.query ? validate(endpoint.query, queryObject(c.req.url)) : undefined;
    const value = bank.run(partner.id, { id: requestId, idempotency_key: null }, (ctx) =>
      handler(ctx, { id, query, body: undefined, sessionId } as Input<E>),
    );
    return { status: 200, body: JSON.stringify(value) };
  }

  const key = c.req.header(IDEMPOTENCY_KEY_HEADER);
  assertValidKey(key);
  // The key belongs to its caller: the API key for server calls, the session for pages.
  const scope: KeyScope = {
    partner,
    credential:
      endpoint.auth === 'client'
        ? sessionId
        : serverCredential(bearerOf(c.req.header('Authorization'))),
    key,
  };
  // The key is taken before the body is read: a retry that arrives meanwhile sees it in use.
  const reservation = reserveKey(bank, scope);
  if (reservation.kind === 'in_use') {
    throw new ApiError(
      'idempotency_key_in_use',
      'A request with this Idempotency-Key is still running',
      {
        retryAfter: 1,
      },
    );
  }
  let parsed: unknown;
  try {
    parsed = parseJsonBody(await readBody(c));
  } catch (error) {
    // Nothing started (a malformed or cut body): the key is free for the retry at once.
    if (reservation.kind === 'reserved') releaseKey(bank.store, scope);
    throw error;
  }
  const fingerprint = `${endpoint.method} ${c.req.path}\n${sessionId}\n${canonicalJson(parsed)}`;
  if (reservation.kind === 'done') {
    if (reservation.record.fingerprint !== fingerprint) {
      throw new ApiError(
        'idempotency_key_reused',
        'This Idempotency-Key was used for a different request: use a new key for a new request',
      );
    }
    const { status, body, retry_after } = reservation.record;
    return { status: status as 200, body, retryAfter: retry_after, replayed: true };
  }

  let body: unknown;
  try {
    body = validate(endpoint.body ?? NO_PARAMS, parsed);
  } catch (error) {
    // Nothing started: the key is free for a corrected request.
    releaseKey(bank.store, scope);
    throw error;
  }
  const store = (reply: { status: 200; body: string } | ErrorReply, now: number) =>
    completeKey(bank.store, scope, fingerprint, reply, now);
  let reply: Reply | undefined;
  try {
    try {
      bank.run(
        partner.id,
        { id: requestId, idempotency_key: key },
        (ctx) => handler(ctx, { id, body, query: undefined, sessionId } as Input<E>),
        (ctx, outcome) => {
          reply = outcome.ok
            ? { status: 200, body: JSON.stringify(outcome.value) }
            : errorReply(outcome.error, requestId);
          // The answer is written in the operation's own transaction: one write per call.
          store(reply, ctx.now);
        },
      );
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (!reply) {
        // Refused and rolled back: remember the refusal, so a retry gets the same answer.
        reply = errorReply(error, requestId);
        const now = clockNow(partner, bank.wallClock());
        bank.store.transaction(() => store(reply!, now));
      }
    }
    // The key is held until the answer is committed; a retry meanwhile reads the stored
    // answer from the open batch, and waits for the same commit before it is replayed.
    await bank.store.committed();
  } finally {
    // Committed (the store answers from now on) or not (the retry runs): free it.
    releaseKey(bank.store, scope);
  }
  return reply!;
}
