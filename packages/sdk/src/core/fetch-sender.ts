import { answerOf } from './http-transport.js';
import type { Sender } from './sender.js';
import { plannedRetry } from './retry-call.js';

/**
 * Sends with `fetch` alone, retrying in a loop of its own: what ky does for the SDK (a timeout
 * per attempt, the same request again on each retry, the wait cut short by the caller's
 * signal) in far fewer bytes, for a page that counts them. The retry decision is the SDK's
 * policy, the same as through ky (`plannedRetry`). With an injected transport, each attempt goes
 * through it instead, given its timeout to keep: a mini-program has no `AbortSignal.timeout`.
 */
export const fetchSender: Sender = async (attempts) => {
  const send = attempts.fetch ?? globalThis.fetch;
  const body = attempts.body === undefined ? undefined : JSON.stringify(attempts.body);
  const headers =
    body === undefined
      ? attempts.headers
      : { ...attempts.headers, 'Content-Type': 'application/json' };
  for (let retryCount = 1; ; retryCount++) {
    try {
      const { url, method, transport, timeout, signal } = attempts;
      return await attempts.read(
        transport
          ? answerOf(await transport({ url, method, headers, body, timeout, signal }))
          : await send(url, { method, headers, body, signal: withTimeout(timeout, signal) }),
      );
    } catch (thrown) {
      const delayMs =
        retryCount > attempts.retry.limit
          ? undefined
          : plannedRetry(attempts.retry, thrown, retryCount);
      if (delayMs === undefined) throw thrown;
      await wait(delayMs, attempts.signal);
    }
  }
};

/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
function wait(ms: number, signal?: AbortSignal) {
  return new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', abort);
      resolve();
    }, ms);
    const abort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', abort, { once: true });
  });
}

/** A timeout aborts with a `TimeoutError`, which the SDK reads as "no answer in time". */
function withTimeout(ms: number, signal?: AbortSignal) {
  const timeout = AbortSignal.timeout(ms);
  return signal ? either(signal, timeout) : timeout;
}

/**
 * A signal that aborts when either does. `AbortSignal.any` where the browser has it; older
 * web-views (some mini-program hosts) lack it, so forward by hand there.
 */
function either(a: AbortSignal, b: AbortSignal): AbortSignal {
  if (typeof AbortSignal.any === 'function') return AbortSignal.any([a, b]);
  const both = new AbortController();
  for (const signal of [a, b]) {
    if (signal.aborted) both.abort(signal.reason);
    else signal.addEventListener('abort', () => both.abort(signal.reason), { once: true });
  }
  return both.signal;
}
