import type { MiddlewareHandler } from 'hono';
import { decisionDelaySeconds } from '../engine/core/test-values.js';
import type { BuyerRecord } from '../engine/core/records.js';
import type { Env } from './env.js';

/**
 * The `[delay:Ns]` test value: a credit application of a shop whose business name holds it is
 * answered N seconds late (the decision is made, and committed, at once). A wait belongs to
 * the HTTP layer: the engine is synchronous and never sleeps.
 */
export const decisionDelay: MiddlewareHandler<Env> = async (c, next) => {
  await next();
  if (c.req.method !== 'POST' || c.res.status !== 200) return;
  let buyer: string | undefined;
  try {
    buyer = (JSON.parse(c.get('replyBody') ?? '') as { buyer?: string }).buyer;
  } catch {
    return;
  }
  const record = buyer ? c.get('bank').store.get<BuyerRecord>('buyers', buyer) : undefined;
  const seconds = record ? decisionDelaySeconds(record.business_name) : undefined;
  if (seconds) await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
};
