import {
  CLIENT_SECRET_HEADER,
  IDEMPOTENCY_KEY_HEADER,
  IDEMPOTENT_REPLAY_HEADER,
  apiKeyKind,
  sessionIdOfClientSecret,
  type ListSandboxRequestsParams,
  type List,
  type SandboxRequest,
} from '@xinghui/contract';
import type { Context } from 'hono';
import type { Context as EngineContext } from '../engine/core/context.js';
import { listPage } from '../engine/core/list-page.js';
import { getOwned } from '../engine/core/owned-rows.js';
import { findApiKey } from '../engine/core/partners.js';
import type { Env } from './env.js';

/**
 * The request log: every API call the sandbox answered, one row per call in `request_log`, so
 * a partner can find the call behind an error by the request id it carried. A row names the
 * KIND of credential used, never the key or the client secret.
 *
 * Rows are written after the answer is decided, outside the call's own transaction: recording
 * can neither change an answer nor roll one back, and a failure to record is logged, not thrown.
 */

/** How many calls are kept per partner; older ones are dropped. */
export const REQUEST_LOG_RETENTION = 10_000;
/** Old rows are dropped in batches: one pruning read per this many calls of a partner. */
const PRUNE_EVERY = 100;

/** A row of `request_log`: the request as listed, under its request id. */
type RequestLogRecord = SandboxRequest;

function bearerOf(c: Context<Env>): string {
  return /^Bearer (\S+)$/.exec(c.req.header('Authorization') ?? '')?.[1] ?? '';
}

/** The kind of credential a call presented (what `auth.ts` checks), never the credential. */
export function credentialKind(c: Context<Env>): SandboxRequest['credential'] {
  const kind = apiKeyKind(bearerOf(c));
  if (kind === 'secret') return 'secret_key';
  if (kind !== 'publishable') return 'none';
  const session = sessionIdOfClientSecret(c.req.header(CLIENT_SECRET_HEADER) ?? '');
  if (session?.startsWith('cs_')) return 'publishable_key+checkout_session';
  if (session?.startsWith('ws_')) return 'publishable_key+wallet_session';
  return 'publishable_key';
}

/** The error code of an error answer, read from its envelope. */
async function errorCodeOf(response: Response): Promise<string | null> {
  if (response.status < 400) return null;
  try {
    const body = (await response.clone().json()) as { error?: { code?: unknown } };
    return typeof body.error?.code === 'string' ? body.error.code : null;
  } catch {
    return null;
  }
}

/** Calls the log keeps: the API's, except reading the log itself (a dashboard polls it). */
function logged(c: Context<Env>): boolean {
  return c.req.path.startsWith('/v1/') && !c.req.path.startsWith('/v1/sandbox/requests');
}

const prunes = new WeakMap<object, Map<string, number>>();

/** Drops a partner's oldest rows past the retention, once every {@link PRUNE_EVERY} calls. */
function prune(c: Context<Env>, partner: string): void {
  const { store } = c.get('bank');
  const counts = prunes.get(store) ?? new Map<string, number>();
  prunes.set(store, counts);
  const count = (counts.get(partner) ?? 0) + 1;
  counts.set(partner, count % PRUNE_EVERY);
  if (count < PRUNE_EVERY) return;
  const rows = store.find<RequestLogRecord>('request_log', {
    where: { partner },
    limit: REQUEST_LOG_RETENTION + PRUNE_EVERY,
  });
  for (const row of rows.slice(REQUEST_LOG_RETENTION)) store.delete('request_log', row.id);
}

/**
 * Records the call `c` answered. Called by the app once the answer is final; never throws.
 *
 * @param started - `performance.now()` when the call arrived
 */
export async function recordRequest(c: Context<Env>, started: number): Promise<void> {
  if (!logged(c)) return;
  const bank = c.get('bank');
  try {
    // Refused before authentication (a rate limit, an unknown route): the key still says whose.
    const partner = c.get('partnerId') ?? findApiKey(bank.store, bearerOf(c))?.partner.id;
    // A call with no known key belongs to nobody's log (no partner could list it).
    if (!partner) return;
    const row: RequestLogRecord = {
      id: c.get('requestId'),
      object: 'sandbox_request',
      partner,
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      error_code: await errorCodeOf(c.res),
      credential: credentialKind(c),
      idempotency_key: c.req.header(IDEMPOTENCY_KEY_HEADER) ?? null,
      replayed: c.res.headers.get(IDEMPOTENT_REPLAY_HEADER) === 'true',
      duration_ms: Math.round((performance.now() - started) * 10) / 10,
      created: Math.floor(bank.wallClock() / 1000),
    };
    bank.store.transaction(() => {
      bank.store.insert('request_log', row);
      prune(c, partner);
    });
  } catch (error) {
    bank.log({
      msg: 'request log not written',
      request_id: c.get('requestId'),
      error: String(error),
    });
  }
}

/** Whether a status matches a filter: `402` exactly, or `4xx` for the class. */
function statusMatches(status: number, filter: string | undefined): boolean {
  if (filter === undefined) return true;
  return filter.endsWith('xx') ? String(status)[0] === filter[0] : String(status) === filter;
}

/** A page of the partner's request log, newest first. */
export function listRequests(
  ctx: EngineContext,
  params: ListSandboxRequestsParams,
): List<SandboxRequest> {
  const { status, path, ...page } = params;
  return listPage<RequestLogRecord, SandboxRequest>(
    ctx,
    'request_log',
    {},
    page,
    (row) => row,
    (row) => statusMatches(row.status, status) && (path === undefined || row.path.startsWith(path)),
  );
}

/** One logged call of the partner, by request id. */
export function retrieveRequest(ctx: EngineContext, id: string): SandboxRequest {
  return getOwned<RequestLogRecord>(ctx, 'request_log', id);
}
