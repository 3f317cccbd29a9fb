import type { ErrorCodeOf } from './codes.js';
import { KIND, XinghuiError } from './xinghui-error.js';

/** The API key or client secret is missing, malformed or unknown (401). Never retried: fix the credential. */
export class XinghuiAuthenticationError extends XinghuiError {
  static override readonly [KIND] = 'XinghuiAuthenticationError';
  override name = 'XinghuiAuthenticationError' as const;
  declare readonly code?: ErrorCodeOf<'authentication_error'>;
}
