import { XinghuiError } from './xinghui-error.js';

/** The bank failed, or answered with something that is not an error envelope (5xx). The SDK retries these itself; this is thrown when retries ran out. */
export class XinghuiAPIError extends XinghuiError {
  override name = 'XinghuiAPIError' as const;
}
