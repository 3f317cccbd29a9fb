import type { ErrorCodeOf } from './codes.js';
import { KIND, XinghuiError } from './xinghui-error.js';

/** The request was refused as it stands: a bad parameter, a missing object, a session no longer open (400, 404, 409). Retrying it unchanged will fail again. */
export class XinghuiInvalidRequestError extends XinghuiError {
  static override readonly [KIND] = 'XinghuiInvalidRequestError';
  override name = 'XinghuiInvalidRequestError' as const;
  declare readonly code?: ErrorCodeOf<'invalid_request_error'>;
}
