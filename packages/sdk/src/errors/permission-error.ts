import type { ErrorCodeOf } from './codes.js';
import { KIND, XinghuiError } from './xinghui-error.js';

/** The credential is valid but may not do this: a client secret outside its session, a page origin not allowed, a publishable key on a server call (403). Never retried. */
export class XinghuiPermissionError extends XinghuiError {
  static override readonly [KIND] = 'XinghuiPermissionError';
  override name = 'XinghuiPermissionError' as const;
  declare readonly code?: ErrorCodeOf<'permission_error'>;
}
