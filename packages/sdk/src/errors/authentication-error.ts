import { XinghuiError } from './xinghui-error.js';

/** The API key or client secret is missing, malformed or unknown (401). */
export class XinghuiAuthenticationError extends XinghuiError {
  override name = 'XinghuiAuthenticationError' as const;
}
