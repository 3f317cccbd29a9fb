import { CLIENT_SECRET_HEADER } from '@xinghui/contract';
import type { MiddlewareHandler } from 'hono';
import { ApiError } from '../engine/core/api-error.js';
import type { Env } from './env.js';

/** A token bucket: `burst` requests at once, refilled at `perSecond`. */
export interface RateLimit {
  /** Requests allowed at once, from a full bucket. */
  burst: number;
  /** Requests allowed per second, sustained. */
  perSecond: number;
}

/** The rate limits of a sandbox's HTTP API, each counted per credential. */
export interface RateLimitOptions {
  /**
   * Per API key (secret or publishable), on every call that sends one.
   * @default { burst: 2000, perSecond: 1000 }
   */
  apiKey?: RateLimit;
  /**
   * Per client secret, on every page call: what one page, or one attacker holding one
   * session's secret, may send.
   * @default { burst: 100, perSecond: 5 }
   */
  clientSecret?: RateLimit;
  /**
   * Per client address, on calls without an API key (creating a sandbox partner, or a call
   * refused for its missing key).
   * @default { burst: 1000, perSecond: 100 }
   */
  anonymous?: RateLimit;
  /**
   * The clock in milliseconds the buckets refill by. Real time, never the test clock:
   * advancing a partner's clock refills nothing.
   * @default performance.now
   */
  now?: () => number;
}

/** The documented defaults: far above what a page, a test suite or `npm run bench` sends. */
export const DEFAULT_RATE_LIMITS: Required<Omit<RateLimitOptions, 'now'>> = {
  apiKey: { burst: 2000, perSecond: 1000 },
  clientSecret: { burst: 100, perSecond: 5 },
  anonymous: { burst: 1000, perSecond: 100 },
};

/** Buckets kept at most; full (idle) buckets go first, then the oldest. */
const MAX_BUCKETS = 10_000;

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * Token buckets in memory, one per credential. Memory stays bounded whatever credentials
 * (real or made up) arrive: past {@link MAX_BUCKETS}, buckets that have refilled are dropped
 * (a new one is the same), then the oldest tenth.
 */
export class RateLimiter {
  readonly #buckets = new Map<string, Bucket>();
  readonly #now: () => number;

  constructor(now: () => number = () => performance.now()) {
    this.#now = now;
  }

  /** How many buckets are kept. */
  get size(): number {
    return this.#buckets.size;
  }

  /**
   * Takes one token from the bucket `name`.
   *
   * @returns 0 when the request may go ahead, else the whole seconds until it may
   */
  take(name: string, limit: RateLimit): number {
    const now = this.#now();
    let bucket = this.#buckets.get(name);
    if (!bucket) {
      if (this.#buckets.size >= MAX_BUCKETS) this.#evict(now, limit);
      bucket = { tokens: limit.burst, at: now };
      this.#buckets.set(name, bucket);
    }
    bucket.tokens = Math.min(
      limit.burst,
      bucket.tokens + ((now - bucket.at) / 1000) * limit.perSecond,
    );
    bucket.at = now;
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / limit.perSecond));
  }

  #evict(now: number, limit: RateLimit): void {
    for (const [name, bucket] of this.#buckets) {
      if (bucket.tokens + ((now - bucket.at) / 1000) * limit.perSecond >= limit.burst) {
        this.#buckets.delete(name);
      }
    }
    // A tenth at once, so a flood of made-up credentials costs one sweep per thousand.
    const names = this.#buckets.keys();
    while (this.#buckets.size >= MAX_BUCKETS * 0.9) this.#buckets.delete(names.next().value!);
  }
}

/**
 * Refuses a request over its credential's rate with `429 rate_limited` and `Retry-After`.
 * Counted before authentication, on the credentials as sent, so guessing keys or secrets is
 * limited too. A page call counts against its publishable key and its client secret.
 */
export function rateLimits(options: RateLimitOptions = {}): MiddlewareHandler<Env> {
  const limits = { ...DEFAULT_RATE_LIMITS, ...options };
  const limiter = new RateLimiter(options.now);
  return async (c, next) => {
    const apiKey = /^Bearer (\S+)$/.exec(c.req.header('Authorization') ?? '')?.[1];
    const clientSecret = c.req.header(CLIENT_SECRET_HEADER);
    const waits = [
      apiKey === undefined
        ? limiter.take(
            `address:${(c.env as Env['Bindings'] | undefined)?.remoteAddress ?? 'in-process'}`,
            limits.anonymous,
          )
        : limiter.take(`key:${apiKey}`, limits.apiKey),
      clientSecret === undefined ? 0 : limiter.take(`secret:${clientSecret}`, limits.clientSecret),
    ];
    const wait = Math.max(...waits);
    if (wait > 0) {
      throw new ApiError(
        'rate_limited',
        `Too many requests with this credential: wait ${wait} s (Retry-After) before the next`,
        { retryAfter: wait },
      );
    }
    await next();
  };
}
