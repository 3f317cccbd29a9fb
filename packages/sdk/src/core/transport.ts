import {
  API_VERSION,
  API_VERSION_HEADER,
  IDEMPOTENCY_KEY_HEADER,
  newIdempotencyKey,
  type Endpoint,
  type z,
} from '@xinghui/contract';
import ky from 'ky';
import { XinghuiConnectionError, XinghuiSchemaError } from '../errors/index.js';
import { readAnswer, toXinghuiError, type Answer, type CallContext } from './answer.js';
import { kyRetryOptions } from './ky-retry.js';
import { DEFAULT_BASE_URL, type ClientOptions, type RequestOptions } from './options.js';
import { DEFAULT_MAX_RETRY_AFTER_MS } from './retry-policy.js';

/** One call of an endpoint: what fills its path, query and body. */
export interface Call {
  /** The id in the endpoint's path. */
  id?: string;
  query?: object;
  body?: unknown;
  /** Headers of this call only, such as a session's client secret. */
  headers?: Record<string, string>;
  options?: RequestOptions;
}

/** What a call reads of an endpoint: never its request schemas, which are the bank's to check. */
export type Wire = Pick<Endpoint, 'method' | 'path' | 'response'>;

/**
 * The part of an endpoint a call needs. The browser resources pass `wire(endpoint)` rather than
 * the endpoint itself, so a bundler can see that a page never reads `body` or `query` and leaves
 * those schemas (and the zod checks only they use) out of the page's bundle.
 */
export function wire<E extends Endpoint>({
  method,
  path,
  response,
}: E): Pick<E, 'method' | 'path' | 'response'> {
  return { method, path, response };
}

/**
 * Sends requests to the bank through ky, whose retry runs every retry (see `ky-retry.ts`):
 * authentication and version headers, one idempotency key per POST kept across its retries,
 * timeouts, and the validation of every response against the contract.
 */
export class Transport {
  readonly #options: Required<Omit<ClientOptions, 'onRetry' | 'fetch'>> & ClientOptions;
  readonly #authorization: Record<string, string>;

  /** @param apiKey - the key of every request; none only for the sandbox's partner creation */
  constructor(apiKey: string | undefined, options: ClientOptions = {}) {
    this.#authorization = apiKey ? { Authorization: `Bearer ${apiKey}` } : {};
    this.#options = {
      baseUrl: DEFAULT_BASE_URL,
      timeout: 30_000,
      maxRetries: 2,
      initialRetryDelayMs: 500,
      maxRetryDelayMs: 8_000,
      maxRetryAfterMs: DEFAULT_MAX_RETRY_AFTER_MS,
      ...options,
    };
  }

  /**
   * Calls an endpoint and returns its response, parsed by the endpoint's schema. Retries what
   * may succeed when sent again; a POST's retries carry its one idempotency key, so the bank
   * applies it at most once.
   *
   * @throws a subclass of `XinghuiError` for every failure; the caller's abort reason when
   *   `signal` aborts
   */
  async request<E extends Wire>(endpoint: E, call: Call = {}): Promise<z.output<E['response']>> {
    const options = call.options ?? {};
    const headers: Record<string, string> = {
      ...this.#authorization,
      [API_VERSION_HEADER]: API_VERSION,
      ...call.headers,
    };
    if (endpoint.method === 'POST') {
      headers[IDEMPOTENCY_KEY_HEADER] = options.idempotencyKey ?? newIdempotencyKey();
    }
    const url = this.#url(endpoint, call);
    const timeout = options.timeout ?? this.#options.timeout;
    const context: CallContext = {
      url,
      timeoutMs: timeout,
      idempotencyKey: headers[IDEMPOTENCY_KEY_HEADER],
    };
    const toError = (thrown: unknown) => toXinghuiError(thrown, context);

    // Whether an attempt that failed without an answer may have reached the bank: if one did,
    // the call's final error must say so, even when the last attempt never left.
    let mayHaveReachedBank = false;
    const noteAttempt = (thrown: unknown) => {
      const error = toError(thrown);
      if (error instanceof XinghuiConnectionError && error.mayHaveSucceeded) {
        mayHaveReachedBank = true;
      }
      return error;
    };

    let answer: Answer | undefined;
    try {
      const response = await ky(url, {
        method: endpoint.method,
        headers,
        json: endpoint.method === 'POST' ? (call.body ?? {}) : undefined,
        timeout,
        signal: options.signal,
        throwHttpErrors: false,
        fetch: this.#options.fetch,
        retry: kyRetryOptions({
          limit: options.maxRetries ?? this.#options.maxRetries,
          timing: this.#options,
          toError: noteAttempt,
          onRetry: this.#options.onRetry,
          signal: options.signal,
        }),
        hooks: {
          afterResponse: [
            async (_request, _options, response) => {
              answer = await readAnswer(response, context);
            },
          ],
        },
      });
      // The hook read a copy of the body; the original is not needed.
      void response.body?.cancel().catch(() => undefined);
    } catch (thrown) {
      if (options.signal?.aborted) throw options.signal.reason;
      const error = toError(thrown);
      if (
        error instanceof XinghuiConnectionError &&
        !error.mayHaveSucceeded &&
        mayHaveReachedBank
      ) {
        throw new XinghuiConnectionError(
          `${error.message}; an earlier attempt may have reached the bank`,
          {
            cause: error.cause,
            timedOut: error.timedOut,
            mayHaveSucceeded: true,
            idempotencyKey: error.idempotencyKey,
          },
        );
      }
      throw error;
    }
    // ky resolved, so the last attempt's afterResponse hook read a successful answer.
    return this.#parse(endpoint, answer!) as z.output<E['response']>;
  }

  #url(endpoint: Wire, call: Call): string {
    let path: string = endpoint.path;
    if (path.includes('{id}')) {
      if (!call.id) throw new TypeError(`${endpoint.path} needs an id`);
      path = path.replace('{id}', encodeURIComponent(call.id));
    }
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(call.query ?? {})) {
      if (value !== undefined && value !== null) query.set(key, String(value));
    }
    const search = query.size > 0 ? `?${query}` : '';
    return `${this.#options.baseUrl.replace(/\/+$/, '')}${path}${search}`;
  }

  /** Parses a successful answer's body by the endpoint's schema. */
  #parse(endpoint: Wire, answer: Answer): unknown {
    const { status, requestId } = answer;
    let json: unknown;
    try {
      json = JSON.parse(answer.text);
    } catch {
      throw new XinghuiSchemaError(
        `The bank answered ${endpoint.path} with a body that is not JSON`,
        { issues: [], status, requestId },
      );
    }
    const parsed = endpoint.response.safeParse(json);
    if (!parsed.success) {
      const issues = parsed.error.issues.map(({ path, message }) => ({ path, message }));
      const where = issues
        .slice(0, 3)
        .map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`)
        .join('; ');
      throw new XinghuiSchemaError(
        `The bank's answer to ${endpoint.method} ${endpoint.path} does not match the contract (${where})`,
        { issues, status, requestId, raw: json },
      );
    }
    return parsed.data;
  }
}
