import { XinghuiError } from './xinghui-error.js';

/** The SDK was set up wrongly, for example a secret key handed to the browser client. Thrown before any request is sent. */
export class XinghuiConfigurationError extends XinghuiError {
  override name = 'XinghuiConfigurationError' as const;
}
