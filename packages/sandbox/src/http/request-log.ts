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
import type { Bank } from '../engine/bank.js';
import type { Store, Where } from '../store/store.js';
import type { Env } from './env.js';

/**
 * The request log: every API call the sandbox answered, one row per call in `request_log`, so
 * a partner can find the call behind an error by the request id it carried. A row names the
 * KIND of credential used, never the key or the client secret.
 *
 * Rows are written after the answer is decided, outside the call's own transaction and batched
 * (see {@link flushRequestLog}): recording can neither change an answer nor roll one back, and
 * a failure to record is logged, not thrown.
 */

/** How many calls are kept per partner; older ones are dropped. */
export const REQUEST_LOG_RETENTION = 10_000;
/** Old rows are dropped in batches: one pruning read per this many calls of a partner. */
const PRUNE_EVERY = 100;

/** A row of `request_log`: the request as listed, under its request id, with its status class. */
type RequestLogRecord = SandboxRequest & { status_class: string };

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

/** The error code of an error answer, read from its envelope (the text `send` gave). */
async function errorCodeOf(c: Context<Env>): Promise<string | null> {
  if (c.res.status < 400) return null;
  try {
    const text = c.get('replyBody') ?? (await c.res.clone().text());
    const body = JSON.parse(text) as { error?: { code?: unknown } };
    return typeof body.error?.code === 'string' ? body.error.code : null;
  } catch {
    return null;
  }
}

/** Calls the log keeps: the API's, except reading the log itself (a dashboard polls it). */
function logged(c: Context<Env>): boolean {
  return c.req.path.startsWith('/v1/') && !c.req.path.startsWith('/v1/sandbox/requests');
}

/**
 * What this process knows of each partner's rows, per store: calls since the last pruning, and
 * how many rows the partner has (once a pruning has read them all). One process serves one
 * store, and nothing else writes the log, so the count stays exact.
 */
interface LogCount {
  calls: number;
  rows?: number;
}
const counts = new WeakMap<Store, Map<string, LogCount>>();

function countOf(store: Store, partner: string): LogCount {
  let partners = counts.get(store);
  if (!partners) {
    partners = new Map();
    counts.set(store, partners);
  }
  let count = partners.get(partner);
  if (!count) {
    count = { calls: 0 };
    partners.set(partner, count);
  }
  return count;
}

/**
 * Drops a partner's oldest rows past the retention, once every {@link PRUNE_EVERY} calls.
 * The first time in a process it reads the partner's rows to count them; after that it reads
 * only the rows it drops (reading 10,100 rows per 100 calls was a quarter of a call's CPU).
 * Runs inside the batch's transaction.
 *
 * @returns the partner's row count after it, or `undefined` before it is known
 */
function prune(store: Store, partner: string, count: LogCount, added: number): number | undefined {
  const rows = count.rows === undefined ? undefined : count.rows + added;
  if (count.calls + added < PRUNE_EVERY) return rows;
  if (rows === undefined) {
    // Some 10,100 rows at most, once per process and partner.
    const all = store.find<RequestLogRecord>('request_log', { where: { partner } });
    for (const row of all.slice(REQUEST_LOG_RETENTION)) store.delete('request_log', row.id);
    return Math.min(all.length, REQUEST_LOG_RETENTION);
  }
  if (rows <= REQUEST_LOG_RETENTION) return rows;
  const oldest = store.find<RequestLogRecord>('request_log', {
    where: { partner },
    oldestFirst: true,
    limit: rows - REQUEST_LOG_RETENTION,
  });
  for (const row of oldest) store.delete('request_log', row.id);
  return rows - oldest.length;
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
      status_class: statusClassOf(c.res.status),
      error_code: await errorCodeOf(c),
      credential: credentialKind(c),
      idempotency_key: c.req.header(IDEMPOTENCY_KEY_HEADER) ?? null,
      replayed: c.get('replyHeaders')[IDEMPOTENT_REPLAY_HEADER] === 'true',
      duration_ms: Math.round((performance.now() - started) * 10) / 10,
      created: Math.floor(bank.wallClock() / 1000),
    };
    queue(bank, row);
  } catch (error) {
    bank.log({
      msg: 'request log not written',
      request_id: c.get('requestId'),
      error: String(error),
    });
  }
}

interface Pending {
  rows: RequestLogRecord[];
  log: Bank['log'];
}
const pending = new WeakMap<Store, Pending>();

/**
 * How long rows wait to be written together. A batch is one transaction: a call stays one
 * write transaction of its own (what it changed and its answer), and the log costs one more
 * per batch, not per call; under load a batch holds many calls, so its index pages are written
 * once for all of them. Reading the log, and closing the sandbox, write what waits first.
 */
const BATCH_MS = 25;

/** Queues a row for the next batch (see {@link BATCH_MS}). */
function queue(bank: Bank, row: RequestLogRecord): void {
  let batch = pending.get(bank.store);
  if (!batch) {
    const fresh: Pending = { rows: [], log: bank.log };
    pending.set(bank.store, fresh);
    batch = fresh;
    setTimeout(() => flushRequestLog(bank.store), BATCH_MS);
  }
  batch.rows.push(row);
}

/** Writes the rows that wait, in one transaction; a failure is logged, the rows dropped. */
export function flushRequestLog(store: Store): void {
  const batch = pending.get(store);
  if (!batch) return;
  pending.delete(store);
  const added = new Map<string, number>();
  for (const row of batch.rows) added.set(row.partner, (added.get(row.partner) ?? 0) + 1);
  const lost = (error: unknown) => {
    for (const row of batch.rows) {
      batch.log({ msg: 'request log not written', request_id: row.id, error: String(error) });
    }
  };
  try {
    const after = store.transaction(() => {
      for (const row of batch.rows) store.insert('request_log', row);
      return [...added].map(([partner, n]) => {
        const count = countOf(store, partner);
        return [count, n, prune(store, partner, count, n)] as const;
      });
    });
    // The rows commit with the store's next batch (`Store.committed`), and are counted once
    // committed: a batch that fails wrote and dropped nothing, and its rows are lost as if the
    // insert had failed (the calls they record get their own 500s).
    store.committed().then(() => {
      for (const [count, n, rows] of after) {
        count.calls = (count.calls + n) % PRUNE_EVERY;
        count.rows = rows;
      }
    }, lost);
  } catch (error) {
    lost(error);
  }
}

/** The class of a status, as the `status` filter names it: `4xx` for 402. */
function statusClassOf(status: number): string {
  return `${String(status)[0]}xx`;
}

/**
 * A page of the partner's request log, newest first: the filters go to the store as indexed
 * fields (`status`, `status_class`, `path`), so a page is read, never the log.
 */
export function listRequests(
  ctx: EngineContext,
  params: ListSandboxRequestsParams,
): List<SandboxRequest> {
  flushRequestLog(ctx.store);
  const { status, path, ...page } = params;
  const where: Where = {};
  if (status !== undefined) {
    if (status.endsWith('xx')) where.status_class = status;
    else where.status = Number(status);
  }
  if (path !== undefined) where.path = path;
  return listPage<RequestLogRecord, SandboxRequest>(ctx, 'request_log', where, page, present);
}

/** A row as the API shows it: without its indexed status class. */
function present({ status_class: _class, ...request }: RequestLogRecord): SandboxRequest {
  return request;
}

/** One logged call of the partner, by request id. */
export function retrieveRequest(ctx: EngineContext, id: string): SandboxRequest {
  flushRequestLog(ctx.store);
  return present(getOwned<RequestLogRecord>(ctx, 'request_log', id));
}
