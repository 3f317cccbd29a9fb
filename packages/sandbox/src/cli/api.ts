import {
  API_VERSION,
  API_VERSION_HEADER,
  CLIENT_SECRET_HEADER,
  IDEMPOTENCY_KEY_HEADER,
  randomToken,
} from '@xinghui/contract';
import { ToolError } from './tool-error.js';

/**
 * An error answer of the sandbox, with its code, for the tools that expect one.
 *
 * @example
 * ```ts
 * try {
 *   await api.post('/v1/checkout_sessions', {});
 * } catch (error) {
 *   if (error instanceof ApiReplyError) console.log(error.status, error.code);
 * }
 * ```
 */
export class ApiReplyError extends ToolError {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** How long one call may take before the tool gives up on the sandbox. */
const CALL_TIMEOUT_MS = 30_000;

/**
 * The sandbox's HTTP API as the tools call it: the secret key (or, for a page's calls, the
 * publishable key and a client secret), the API version, and a fresh `Idempotency-Key` on
 * every POST. An error answer becomes one readable line (`code: message`); nothing answering
 * becomes a hint to start the sandbox.
 *
 * @example
 * ```ts
 * const { app } = createSandbox();
 * const send: typeof fetch = (input, init) => app.fetch(new Request(input, init));
 * const api = new SandboxApi('http://127.0.0.1:4400', 'sk_test_…', send);
 * await api.post('/v1/test_clocks/advance', { days: 1 });
 * ```
 */
export class SandboxApi {
  constructor(
    readonly url: string,
    private readonly secretKey: string,
    /** How calls are sent: the network, or an in-process bank's `app.fetch` (@xinghui/mock). */
    private readonly send: typeof fetch = (input, init) => globalThis.fetch(input, init),
  ) {}

  /** `GET path` with the secret key; the parsed answer, or an {@link ApiReplyError}. */
  get<T>(path: string): Promise<T> {
    return this.#call<T>('GET', path, undefined, this.secretKey);
  }

  /** `POST path` with the secret key, `body` as JSON and a fresh `Idempotency-Key`. */
  post<T>(path: string, body: unknown = {}): Promise<T> {
    return this.#call<T>('POST', path, body, this.secretKey);
  }

  /** A call a shop's page makes: the publishable key and the session's client secret. */
  page<T>(publishableKey: string, clientSecret: string, path: string, body: unknown = {}) {
    return this.#call<T>('POST', path, body, publishableKey, {
      [CLIENT_SECRET_HEADER]: clientSecret,
    });
  }

  async #call<T>(
    method: 'GET' | 'POST',
    path: string,
    body: unknown,
    key: string,
    extra: Record<string, string> = {},
  ): Promise<T> {
    let response: Response;
    try {
      response = await this.send(`${this.url}${path}`, {
        method,
        headers: {
          Authorization: `Bearer ${key}`,
          [API_VERSION_HEADER]: API_VERSION,
          ...(method === 'POST'
            ? {
                'Content-Type': 'application/json',
                [IDEMPOTENCY_KEY_HEADER]: `cli-${randomToken(24)}`,
              }
            : {}),
          ...extra,
        },
        body: method === 'POST' ? JSON.stringify(body) : undefined,
        signal: AbortSignal.timeout(CALL_TIMEOUT_MS),
      });
    } catch {
      throw new ToolError(
        `nothing answers at ${this.url}: start the sandbox (npx xinghui-sandbox) or pass --url.`,
      );
    }
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    if (response.ok) return parsed as T;
    const error = (parsed as { error?: { code?: string; message?: string } } | undefined)?.error;
    const code = error?.code ?? `http_${response.status}`;
    throw new ApiReplyError(
      code,
      response.status,
      `${method} ${path} was refused: ${code}: ${error?.message ?? text.slice(0, 200)}`,
    );
  }
}
