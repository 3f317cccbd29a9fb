import type { CreatePartnerParams, Partner } from '@xinghui/contract';
import {
  ApiReplyError,
  createSandbox,
  type Sandbox,
  type SandboxOptions,
} from '@xinghui/sandbox/engine';
import { http, type HttpHandler } from 'msw';
import { MockPartner } from './mock-partner.js';
import { WebhookInbox, type CaughtDelivery } from './webhook-inbox.js';

/** The SDK's default `baseUrl`, the sandbox server's address: no `baseUrl` needed anywhere. */
const DEFAULT_BASE_URL = 'http://127.0.0.1:4400';

/** Options of {@link createMockBank}. */
export interface MockBankOptions {
  /**
   * The origin the handlers answer, as the SDK's and the components' `baseUrl`.
   * @default 'http://127.0.0.1:4400' (the SDK's default)
   */
  baseUrl?: string;
  /**
   * The wall clock in milliseconds; each partner's test clock adds its offset to it. Freeze it
   * (`() => fixedMs`) so that only `advanceClock` moves time.
   * @default Date.now
   */
  clock?: () => number;
  /**
   * Rate limits per key, as the sandbox server's `rateLimits`.
   * @default false (off: a test's bursts of calls are never answered 429)
   */
  rateLimits?: SandboxOptions['rateLimits'];
}

/** A sandbox bank in this process, and the msw handlers that answer for it. */
export interface MockBank {
  /** The origin the handlers answer (no trailing slash). */
  readonly baseUrl: string;
  /** For `setupServer(...handlers)` (`msw/node`) or `setupWorker(...handlers)` (`msw/browser`). */
  readonly handlers: readonly HttpHandler[];
  /** A `fetch` answered by the bank directly, without msw (for code that takes a `fetch`). */
  readonly fetch: typeof fetch;
  /** The engine itself (`bank`, its `app`, the webhook sender), as `createSandbox` returns it. */
  readonly sandbox: Sandbox;
  /**
   * Every webhook delivery the bank attempted, to any partner's endpoint, oldest first: caught
   * in memory and answered 200, so nothing leaves the process. Await {@link MockBank.idle}
   * first: the bank sends after the call that caused the event has answered.
   */
  readonly webhookDeliveries: readonly CaughtDelivery[];
  /** Resolves once no webhook delivery is on its way. */
  idle(): Promise<void>;
  /**
   * A new partner with its own keys and test clock (`POST /v1/sandbox/partners`).
   *
   * @throws ApiReplyError `parameter_invalid` for params the bank refuses
   */
  createPartner(params?: CreatePartnerParams): Promise<MockPartner>;
  /** Stops the webhook sender's timers and drops the bank's state. */
  close(): void;
}

/** The origin of `baseUrl`, refused with a clear error when it is not a bare http(s) origin. */
function originOf(baseUrl: string): URL {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new TypeError(
      `baseUrl must be an absolute URL such as ${DEFAULT_BASE_URL}; got "${baseUrl}"`,
    );
  }
  if (
    (url.protocol !== 'http:' && url.protocol !== 'https:') ||
    url.pathname !== '/' ||
    url.search
  ) {
    throw new TypeError(
      `baseUrl must be an http(s) origin with no path, such as ${DEFAULT_BASE_URL}; got "${baseUrl}"`,
    );
  }
  return url;
}

/**
 * Creates a mock Xinghui bank: the real sandbox engine on a memory store, in this process,
 * answering through msw handlers. It runs in Node (`setupServer` of `msw/node`) and in a page
 * (`setupWorker` of `msw/browser`): it loads no `node:` module and never generates code.
 *
 * @throws TypeError when `baseUrl` is not an http(s) origin
 * @example
 * ```ts
 * import { createMockBank } from '@xinghui/mock';
 * import { setupServer } from 'msw/node';
 *
 * const mock = createMockBank();
 * const server = setupServer(...mock.handlers);
 * server.listen({ onUnhandledRequest: 'error' });
 * const partner = await mock.createPartner();
 * // … new Xinghui({ secretKey: partner.secretKey }) now talks to the mock …
 * server.close();
 * mock.close();
 * ```
 */
export function createMockBank(options: MockBankOptions = {}): MockBank {
  const origin = originOf(options.baseUrl ?? DEFAULT_BASE_URL);
  const baseUrl = origin.origin;
  const inbox = new WebhookInbox();
  const sandbox = createSandbox({
    wallClock: options.clock,
    rateLimits: options.rateLimits ?? false,
    hosts: [origin.hostname],
    webhooks: { fetch: inbox.fetch },
  });
  const send: typeof fetch = async (input, init) => sandbox.app.fetch(new Request(input, init));
  return {
    baseUrl,
    handlers: [http.all(`${baseUrl}/*`, ({ request }) => sandbox.app.fetch(request))],
    fetch: send,
    sandbox,
    get webhookDeliveries() {
      return inbox.deliveries;
    },
    idle: () => sandbox.webhooks.idle(),
    async createPartner(params = {}) {
      const response = await send(`${baseUrl}/v1/sandbox/partners`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(params),
      });
      const body = (await response.json()) as Partner & {
        error?: { code: string; message: string };
      };
      if (!response.ok) {
        const { code, message } = body.error ?? { code: `http_${response.status}`, message: '' };
        throw new ApiReplyError(
          code,
          response.status,
          `creating a partner was refused: ${code}: ${message}`,
        );
      }
      return new MockPartner(body, baseUrl, send);
    },
    close: () => sandbox.close(),
  };
}
