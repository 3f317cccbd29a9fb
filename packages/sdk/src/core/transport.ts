import {
  API_VERSION,
  API_VERSION_HEADER,
  IDEMPOTENCY_KEY_HEADER,
  newIdempotencyKey,
  REQUEST_ID_HEADER,
  type Endpoint,
  type z,
} from '@xinghui/contract';
import ky, { TimeoutError } from 'ky';
import {
  XinghuiConnectionError,
  XinghuiSchemaError,
  errorFromResponse,
  type XinghuiError,
} from '../errors/index.js';
import { DEFAULT_BASE_URL, type ClientOptions, type RequestOptions } from './options.js';
import {
  MAX_RETRY_AFTER_MS,
  backoffDelay,
  isRetryableResponse,
  parseRetryAfter,
  sleep,
} from './retry-policy.js';

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

type Outcome =
  | { kind: 'success'; value: unknown }
  | { kind: 'failure'; error: Error; retryable: boolean; retryAfterMs?: number };

/**
 * Sends requests to the bank and owns the retry loop: authentication and version headers, one
 * idempotency key per POST kept across its retries, timeouts, backoff, `Retry-After`, and the
 * validation of every response against the contract.
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
      ...options,
    };
  }

  /**
   * Calls an endpoint and returns its response, parsed by the endpoint's schema.
   *
   * @throws a subclass of `XinghuiError` for every failure
   */
  async request<E extends Wire>(endpoint: E, call: Call = {}): Promise<z.output<E['response']>> {
    const options = call.options ?? {};
    const maxRetries = options.maxRetries ?? this.#options.maxRetries;
    const headers: Record<string, string> = {
      ...this.#authorization,
      [API_VERSION_HEADER]: API_VERSION,
      ...call.headers,
    };
    if (endpoint.method === 'POST') {
      headers[IDEMPOTENCY_KEY_HEADER] = options.idempotencyKey ?? newIdempotencyKey();
    }
    const url = this.#url(endpoint, call);

    for (let attempt = 0; ; attempt++) {
      const outcome = await this.#attempt(endpoint, url, headers, call.body, options);
      if (outcome.kind === 'success') return outcome.value as z.output<E['response']>;
      const { error, retryable, retryAfterMs } = outcome;
      if (!retryable || attempt >= maxRetries || (retryAfterMs ?? 0) > MAX_RETRY_AFTER_MS)
        throw error;
      const delayMs =
        retryAfterMs ??
        backoffDelay(attempt + 1, this.#options.initialRetryDelayMs, this.#options.maxRetryDelayMs);
      this.#options.onRetry?.({ attempt: attempt + 1, delayMs, error });
      await sleep(delayMs, options.signal);
    }
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

  async #attempt(
    endpoint: Wire,
    url: string,
    headers: Record<string, string>,
    body: unknown,
    options: RequestOptions,
  ): Promise<Outcome> {
    let response: Response;
    try {
      response = await ky(url, {
        method: endpoint.method,
        headers,
        json: endpoint.method === 'POST' ? (body ?? {}) : undefined,
        timeout: options.timeout ?? this.#options.timeout,
        signal: options.signal,
        retry: 0,
        throwHttpErrors: false,
        fetch: this.#options.fetch,
      });
    } catch (cause) {
      if (options.signal?.aborted) throw options.signal.reason;
      const timedOut = cause instanceof TimeoutError;
      const error = new XinghuiConnectionError(
        timedOut
          ? `No answer from the bank at ${url} in time`
          : `Could not reach the bank at ${url}: ${(cause as Error).message}`,
        { cause, timedOut },
      );
      return { kind: 'failure', error, retryable: true };
    }

    const requestId = response.headers.get(REQUEST_ID_HEADER) ?? undefined;
    let json: unknown;
    try {
      json = await response.json();
    } catch {
      if (options.signal?.aborted) throw options.signal.reason;
      const error: XinghuiError = response.ok
        ? new XinghuiSchemaError(
            `The bank answered ${endpoint.path} with a body that is not JSON`,
            {
              issues: [],
              status: response.status,
              requestId,
            },
          )
        : errorFromResponse(response.status, undefined, requestId);
      return {
        kind: 'failure',
        error,
        retryable: !response.ok && isRetryableResponse(response.status, {}),
      };
    }

    if (!response.ok) {
      const error = errorFromResponse(response.status, json, requestId);
      return {
        kind: 'failure',
        error,
        retryable: isRetryableResponse(response.status, error),
        retryAfterMs: parseRetryAfter(response.headers.get('Retry-After')),
      };
    }

    const parsed = endpoint.response.safeParse(json);
    if (!parsed.success) {
      const issues = parsed.error.issues.map(({ path, message }) => ({ path, message }));
      const where = issues
        .slice(0, 3)
        .map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`)
        .join('; ');
      const error = new XinghuiSchemaError(
        `The bank's answer to ${endpoint.method} ${endpoint.path} does not match the contract (${where})`,
        { issues, status: response.status, requestId, raw: json },
      );
      return { kind: 'failure', error, retryable: false };
    }
    return { kind: 'success', value: parsed.data };
  }
}
