import { XinghuiError } from './xinghui-error.js';

/** Too many requests, or a code asked for again too soon (429). The SDK retries these itself; this is thrown when retries ran out. */
export class XinghuiRateLimitError extends XinghuiError {
  override name = 'XinghuiRateLimitError' as const;
}
