import { XinghuiError } from './xinghui-error.js';

/** The request was refused as it stands: a bad parameter, a missing object, a session no longer open (400, 404, 409). Retrying it unchanged will fail again. */
export class XinghuiInvalidRequestError extends XinghuiError {
  override name = 'XinghuiInvalidRequestError' as const;
}
