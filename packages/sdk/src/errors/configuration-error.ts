import { KIND, XinghuiError } from './xinghui-error.js';

/** The SDK was set up wrongly, for example a secret key handed to the browser client. Thrown before any request is sent; never retryable. */
export class XinghuiConfigurationError extends XinghuiError {
  static override readonly [KIND] = 'XinghuiConfigurationError';
  override name = 'XinghuiConfigurationError' as const;
}
