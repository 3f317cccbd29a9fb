import type { Hono } from 'hono';
import { createApp, type AppOptions } from './app.js';
import { Bank } from './engine/bank.js';
import { useRiskEngine } from './engine/credit/risk-engine-of.js';
import { compileClosures } from './risk/compile-core.js';
import { RiskEngine, type RuleSet } from './risk/index.js';
import type { Env } from './http/env.js';
import { flushRequestLog } from './http/request-log.js';
import { silentLogger, type Logger } from './logger.js';
import { MemoryStore } from './store/memory-store.js';
import type { Store } from './store/store.js';
import { WebhookSender, type WebhookSenderOptions } from './outbox/webhook-sender.js';

/**
 * Options of {@link createSandbox}; `hosts`, `rateLimits` and `maxBodyBytes` are the HTTP
 * layer's ({@link AppOptions}).
 */
export interface SandboxOptions extends AppOptions {
  /**
   * Where the bank keeps its state.
   * @default a new MemoryStore
   */
  store?: Store;
  /**
   * Where the structured log goes (one-time codes are printed there).
   * @default nowhere
   */
  log?: Logger;
  /** How webhooks are sent: the endpoints' timeout, the `fetch` to use. */
  webhooks?: WebhookSenderOptions;
  /**
   * The wall clock in milliseconds, which each partner's test clock adds its offset to. Tests
   * that count seconds on the test clock freeze it, so that only `advance` moves time.
   * @default Date.now
   */
  wallClock?: () => number;
  /**
   * The risk rule set that decides credit applications and limit reviews (docs/risk.md): a rule
   * set as parsed JSON, validated and compiled here (closures mode), or an engine from
   * `compileRuleSet` (to choose `mode: 'codegen'`). An invalid rule set throws `RuleSetError`
   * from `createSandbox`, before anything starts.
   * @default the shipped rule set (`DEFAULT_RULES`)
   */
  rules?: RuleSet<string> | RiskEngine;
}

/** A sandbox bank: its engine and its HTTP API. */
export interface Sandbox {
  bank: Bank;
  /** Sends the bank's webhooks: `await webhooks.idle()` waits until none is on its way. */
  webhooks: WebhookSender;
  /** The HTTP API: `app.fetch(request)`, or `app.request('/v1/…')` in tests. */
  app: Hono<Env>;
  /** Stops sending webhooks and closes the store. */
  close(): void;
}

/**
 * Creates a sandbox bank in this process, with no server: call `app.fetch` or `app.request`.
 *
 * @example
 * ```ts
 * const { app } = createSandbox();
 * const partner = await (
 *   await app.request('/v1/sandbox/partners', {
 *     method: 'POST',
 *     headers: { 'Content-Type': 'application/json' },
 *   })
 * ).json();
 *
 * // Limits of its own: 10 calls a second per client secret, bursts of 20.
 * createSandbox({ rateLimits: { clientSecret: { burst: 20, perSecond: 10 } } });
 * ```
 */
export function createSandbox(options: SandboxOptions = {}): Sandbox {
  // First, so that a rule set that does not load leaves nothing started.
  const risk =
    options.rules === undefined || options.rules instanceof RiskEngine
      ? options.rules
      : compileClosures(options.rules);
  const store = options.store ?? new MemoryStore();
  if (risk) useRiskEngine(store, risk);
  const bank = new Bank(store, options.log ?? silentLogger, options.wallClock ?? Date.now, {
    // The sender records each attempt through the bank, and the bank reaches the sender only
    // through this outbox: wired here, so neither builds the other.
    outbox: { send: (request) => webhooks.send(request) },
  });
  const webhooks = new WebhookSender(bank, options.webhooks);
  // Deliveries left pending by an earlier process (the store is a file) carry on.
  webhooks.resume();
  return {
    bank,
    webhooks,
    app: createApp(bank, {
      hosts: options.hosts,
      rateLimits: options.rateLimits,
      maxBodyBytes: options.maxBodyBytes,
      dashboard: options.dashboard,
    }),
    close: () => {
      webhooks.stop();
      flushRequestLog(store);
      store.close();
    },
  };
}
