import ky from 'ky';
import type { Answer } from './answer.js';
import { kyRetryOptions } from './ky-retry.js';
import type { Sender } from './sender.js';

/**
 * Sends through ky, whose retry runs every retry (see `ky-retry.ts`). Each attempt's answer is
 * read inside ky's `afterResponse` hook, so that what fails there is retried like any failure.
 */
export const kySender: Sender = async (attempts) => {
  let answer: Answer | undefined;
  const response = await ky(attempts.url, {
    method: attempts.method,
    headers: attempts.headers,
    json: attempts.body,
    timeout: attempts.timeout,
    signal: attempts.signal,
    throwHttpErrors: false,
    fetch: attempts.fetch,
    retry: kyRetryOptions(attempts.retry),
    hooks: {
      afterResponse: [
        async (_request, _options, attempt) => {
          answer = await attempts.read(attempt);
        },
      ],
    },
  });
  // The hook read a copy of the body; the original is not needed.
  void response.body?.cancel().catch(() => undefined);
  // ky resolved, so the last attempt's afterResponse hook read a successful answer.
  return answer!;
};
