import {
  API_VERSION,
  API_VERSION_HEADER,
  IDEMPOTENCY_KEY_HEADER,
  newIdempotencyKey,
  type Endpoint,
  type z,
} from '@xinghui/contract';
import {
  XinghuiConfigurationError,
  XinghuiConnectionError,
  XinghuiSchemaError,
} from '../errors/index.js';
import { readAnswer, toXinghuiError, type Answer, type CallContext } from './answer.js';
import { DEFAULT_BASE_URL, type ClientOptions, type RequestOptions } from './options.js';
import { DEFAULT_MAX_RETRY_AFTER_MS } from './retry-policy.js';
import type { Sender } from './sender.js';
import type { SentNothing } from '../errors/connection-failure.js';
import type { Check, Checker, Wire } from './check.js';

export type { Wire } from './check.js';

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

/** An endpoint as a page calls it. `output` is never set: it carries the answer's type. */
export interface PageWire<Output> extends Wire {
  response?: undefined;
  readonly output?: Output;
}

/** What a call resolves to: the output of the endpoint's response schema. */
export type Output<E extends Wire> = E extends { response: infer R extends z.ZodMiniType }
  ? z.output<R>
  : E extends PageWire<infer O>
    ? O
    : never;

/**
 * The part of an endpoint a page's call needs. It reads neither `response` nor the request
 * schemas, so a bundler leaves every zod schema (and zod itself) out of the page's bundle: the
 * answer is checked by the validator generated from the response schema, found by method and
 * path.
 */
export function wire<E extends Endpoint>({ method, path }: E): PageWire<z.output<E['response']>> {
  return { method, path };
}

/**
 * Sends requests to the bank through a {@link Sender} (`kySender` or `fetchSender`), which runs
 * every retry as the SDK's policy decides: authentication and version headers, one idempotency key per POST kept across its retries,
 * timeouts, and the validation of every response against the contract.
 */
export class Transport {
  readonly #options: Required<Omit<ClientOptions, 'onRetry' | 'fetch' | 'transport'>> &
    ClientOptions;
  readonly #authorization: Record<string, string>;
  readonly #check: Checker;
  readonly #sentNothing: SentNothing | undefined;
  readonly #send: Sender;

  /**
   * @param apiKey - the key of every request; none only for the sandbox's partner creation
   * @param wiring - `send`: what sends each call and runs its retries (`kySender`, or
   *   `fetchSender` for fewer bytes); `check`: what checks the answers (`bySchema`, or the
   *   page's `byValidators(pageValidators)` for the `wire(...)` endpoints). No defaults, so a
   *   bundle carries only what it is given; `sentNothing`: the server's `tlsRefused`, what
   *   else shows that a failed attempt never left (a page's client leaves Node's TLS codes out).
   */
  constructor(
    apiKey: string | undefined,
    options: ClientOptions,
    wiring: { send: Sender; check: Checker; sentNothing?: SentNothing },
  ) {
    if (options.transport !== undefined && typeof options.transport !== 'function') {
      throw new XinghuiConfigurationError({
        message: 'transport must be a function: (request) => Promise<{ status, headers, body }>',
      });
    }
    this.#check = wiring.check;
    this.#sentNothing = wiring.sentNothing;
    this.#send = wiring.send;
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
  async request<E extends Wire>(endpoint: E, call: Call = {}): Promise<Output<E>> {
    // Before anything is sent: an answer that could not be checked must not be asked for.
    const check = this.#check(endpoint);
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
      sentNothing: this.#sentNothing,
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

    let answer: Answer;
    try {
      answer = await this.#send({
        url,
        method: endpoint.method,
        headers,
        body: endpoint.method === 'POST' ? (call.body ?? {}) : undefined,
        timeout,
        signal: options.signal,
        fetch: this.#options.fetch,
        transport: this.#options.transport,
        retry: {
          limit: options.maxRetries ?? this.#options.maxRetries,
          timing: this.#options,
          toError: noteAttempt,
          onRetry: this.#options.onRetry,
          signal: options.signal,
        },
        read: (response) => readAnswer(response, context),
      });
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
    return this.#parse(endpoint, check, answer) as Output<E>;
  }

  #url(endpoint: Wire, call: Call): string {
    let path: string = endpoint.path;
    if (path.includes('{id}')) {
      if (!call.id) throw new TypeError(`${endpoint.path} needs an id`);
      path = path.replace('{id}', encodeURIComponent(call.id));
    }
    // By hand rather than with `URLSearchParams`, which a mini-program's runtime lacks.
    const query = Object.entries(call.query ?? {})
      .filter(([, value]) => value !== undefined && value !== null)
      .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`);
    const search = query.length > 0 ? `?${query.join('&')}` : '';
    return `${this.#options.baseUrl.replace(/\/+$/, '')}${path}${search}`;
  }

  /** Parses a successful answer's body by the endpoint's schema. */
  #parse(endpoint: Wire, check: Check, answer: Answer): unknown {
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
    const { data, issues } = check(json);
    if (issues.length > 0) {
      const where = issues
        .slice(0, 3)
        .map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`)
        .join('; ');
      throw new XinghuiSchemaError(
        `The bank's answer to ${endpoint.method} ${endpoint.path} does not match the contract (${where})`,
        { issues, status, requestId, raw: json },
      );
    }
    return data;
  }
}
